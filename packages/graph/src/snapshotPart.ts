import { ENTITY_TYPES, type EntityNode, type Paper, type PaperLink, RELATIONSHIP_TYPES } from "@paperkg/core";

/** One entity of a paper's extraction as the entity tallies count it. */
export interface EntityOccurrence {
  id: string;
  type: EntityNode["type"];
  name: string;
  aliases: readonly string[];
  family: string | null;
}

/**
 * What one paper adds to a snapshot: its links (sorted by entity) and the entities of its
 * extraction in order (names, aliases and families are tallied across papers). A function of the
 * paper's id and text and its extraction alone, so it can be kept between runs and taken again
 * while those are the same (see `buildSnapshot`'s `part`).
 */
export interface SnapshotPart {
  links: PaperLink[];
  occurrences: EntityOccurrence[];
}

/** Sentence lengths fit below this, so a slice of the abstract packs into one number. */
const SLICE = 65_536;

/**
 * A part as text: JSON, the links as the objects they are (their `paper` left empty: the paper's
 * id is given on decoding) with each evidence sentence found in the paper's abstract or title kept
 * as the number `start * 65536 + length` (title: negative, less one) instead of its text, and the
 * occurrences as `[id, type, name, aliases, family]`. JSON.parse then builds the link objects
 * themselves: a day decodes tens of thousands of parts.
 */
export function encodeSnapshotPart(paper: Paper, part: SnapshotPart): string {
  const evidence = (sentence: string): number | string => {
    if (sentence.length < SLICE) {
      const a = paper.abstract.indexOf(sentence);
      if (a >= 0) return a * SLICE + sentence.length;
      const t = paper.title.indexOf(sentence);
      if (t >= 0) return -(t * SLICE + sentence.length) - 1;
    }
    return sentence;
  };
  return JSON.stringify([
    part.links.map((l) => ({ ...l, paper: "", evidence: l.evidence.map(evidence) })),
    part.occurrences.map((o) => [o.id, o.type, o.name, o.aliases, o.family]),
  ]);
}

const RELATIONSHIPS = new Set<string>(RELATIONSHIP_TYPES);
const ENTITY_KINDS = new Set<string>(ENTITY_TYPES);
const isString = (v: unknown): v is string => typeof v === "string";
const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every(isString);
const isNullableString = (v: unknown): v is string | null => v === null || typeof v === "string";

/**
 * The part `text` encodes for `paper`, or undefined when it is no such part (damaged, or written
 * for another text: a sentence slice past the text's end). Checked field by field in place; the
 * results a link carries were checked when it was built.
 */
export function decodeSnapshotPart(text: string, paper: Paper): SnapshotPart | undefined {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!Array.isArray(raw) || raw.length !== 2 || !Array.isArray(raw[0]) || !Array.isArray(raw[1]))
    return undefined;
  const links = raw[0] as PaperLink[];
  for (const l of links as unknown[]) {
    if (typeof l !== "object" || l === null) return undefined;
    const link = l as Record<string, unknown>;
    if (
      link.paper !== "" ||
      !isString(link.entity) ||
      !isString(link.type) ||
      !RELATIONSHIPS.has(link.type) ||
      !Array.isArray(link.evidence) ||
      !isStrings(link.spans) ||
      typeof link.confidence !== "number" ||
      !isString(link.rule) ||
      !isNullableString(link.metric) ||
      !isNullableString(link.value) ||
      (link.results !== undefined && !Array.isArray(link.results))
    )
      return undefined;
    const evidence = link.evidence as unknown[];
    for (let i = 0; i < evidence.length; i++) {
      const e = evidence[i];
      const sentence = typeof e === "number" ? slice(paper, e) : e;
      if (!isString(sentence)) return undefined;
      evidence[i] = sentence;
    }
    link.paper = paper.id;
  }
  const occurrences: EntityOccurrence[] = [];
  for (const o of raw[1] as unknown[]) {
    if (!Array.isArray(o) || o.length !== 5) return undefined;
    const [id, type, name, aliases, family] = o;
    if (
      !isString(id) ||
      !isString(type) ||
      !ENTITY_KINDS.has(type) ||
      !isString(name) ||
      !isStrings(aliases) ||
      !isNullableString(family)
    )
      return undefined;
    occurrences.push({ id, type: type as EntityNode["type"], name, aliases, family });
  }
  return { links, occurrences };
}

/** The sentence an encoded number names, or undefined when it lies outside the paper's text. */
function slice(paper: Paper, n: number): string | undefined {
  if (!Number.isInteger(n)) return undefined;
  const [text, code] = n < 0 ? [paper.title, -n - 1] : [paper.abstract, n];
  const start = Math.floor(code / SLICE);
  const end = start + (code % SLICE);
  return end <= text.length ? text.slice(start, end) : undefined;
}
