import {
  type Diagnostic,
  type EntityNode,
  ExtractedEntity,
  type Extraction,
  encodeSpan,
  type GraphSnapshot,
  type Paper,
  type PaperLink,
  PROPOSES,
  relationshipOf,
} from "@paperkg/core";
import { linkResults } from "./linkResults.ts";
import {
  decodeSnapshotPart,
  type EntityOccurrence,
  encodeSnapshotPart,
  type SnapshotPart,
} from "./snapshotPart.ts";
import { toPaperNode } from "./toPaperNode.ts";

export interface SnapshotResult {
  snapshot: GraphSnapshot;
  /** Extractions or entities that were not written, and why. */
  diagnostics: Diagnostic[];
  /** Ids of the papers with an entity rejected (a diagnostic each), sorted. */
  rejected: string[];
}

export interface BuildSnapshotOptions {
  /**
   * Papers whose extraction is known to pass the checks (the same extraction of the same text
   * passed them before, none rejected): their entities are taken as they are, not checked again.
   */
  checked?: (paperId: string) => boolean;
  /**
   * A paper's saved part (text `onPart` gave for the same extraction of the same paper, see
   * `SnapshotPart`): taken as its links and entity occurrences, its extraction's entities not read
   * nor checked. A part that does not decode for the paper is ignored (the extraction is used).
   */
  part?: (paperId: string) => string | undefined;
  /**
   * Called once per paper not taken from `part` with its part as text, after the build (none for a
   * paper with a rejected entity or more than one extraction).
   */
  onPart?: (paperId: string, part: string) => void;
}

/** Counted values: the first and its count, and a map once a second value comes (most have one). */
interface Counts {
  first: string;
  n: number;
  all: Map<string, number> | null;
}

interface EntityTally {
  type: EntityNode["type"];
  names: Counts;
  aliases: Set<string> | null;
  families: Counts | null;
  /** Papers linking to it: a paper's first link to it counts (its later ones merge into that link). */
  papers: number;
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byCountThenText = (a: [string, number], b: [string, number]) => b[1] - a[1] || byText(a[0], b[0]);

/**
 * Turn papers and their extractions into the nodes and links to store. Entities that fail the
 * schema (unknown type, bad id) or whose spans do not match the paper text are rejected with a
 * diagnostic. The output is sorted by id, so the same input always gives the same snapshot.
 */
export function buildSnapshot(
  papers: readonly Paper[],
  extractions: readonly Extraction[],
  options: BuildSnapshotOptions = {},
): SnapshotResult {
  const diagnostics: Diagnostic[] = [];
  const rejected = new Set<string>();
  const paperById = new Map(papers.map((p) => [p.id, p]));
  const tallies = new Map<string, EntityTally>();
  /** paper id → entity id → link: sorted per paper at the end, not all links at once. */
  const linksOf = new Map<string, Map<string, PaperLink> | PaperLink[]>();
  /** With `onPart`: each paper's entity occurrences, and papers met in more than one extraction. */
  const occurrencesOf = options.onPart ? new Map<string, EntityOccurrence[]>() : undefined;
  const twice = new Set<string>();

  for (const extraction of extractions) {
    const paper = paperById.get(extraction.paper.id);
    if (!paper) {
      diagnostics.push({
        file: "extraction",
        line: 0,
        code: "UNKNOWN_PAPER",
        message: `extraction for paper "${extraction.paper.id}" has no matching paper; skipped`,
      });
      continue;
    }
    const saved = linksOf.has(paper.id) ? undefined : options.part?.(paper.id);
    const part = saved === undefined ? undefined : decodeSnapshotPart(saved, paper);
    if (part) {
      // sorted by entity, as the part was written
      linksOf.set(paper.id, part.links);
      const seen = new Set<string>();
      for (const o of part.occurrences) {
        tally(tallies, o, !seen.has(o.id));
        seen.add(o.id);
      }
      continue;
    }
    const checked = options.checked?.(paper.id) === true;
    const had = linksOf.get(paper.id);
    const links = had instanceof Map ? had : new Map((had ?? []).map((l) => [l.entity, l]));
    linksOf.set(paper.id, links);
    if (had && occurrencesOf) twice.add(paper.id);
    const occurrences: EntityOccurrence[] | undefined = occurrencesOf ? [] : undefined;
    if (occurrences) occurrencesOf!.set(paper.id, occurrences);
    for (const raw of extraction.entities) {
      const parsed = checked ? ({ success: true, data: raw } as const) : ExtractedEntity.safeParse(raw);
      const problem = checked
        ? null
        : parsed.success
          ? badSpan(paper, parsed.data)
          : parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
      if (problem || !parsed.success) {
        rejected.add(paper.id);
        diagnostics.push({
          file: paper.sources[0]?.file ?? "extraction",
          line: paper.sources[0]?.line ?? 0,
          code: "BAD_EXTRACTION",
          message: `paper "${paper.id}", entity ${JSON.stringify((raw as { id?: unknown }).id)}: ${problem}; not written`,
        });
        continue;
      }
      const entity = parsed.data;
      const previous = links.get(entity.id);
      const occurrence: EntityOccurrence = {
        id: entity.id,
        type: entity.type,
        name: entity.name,
        aliases: entity.aliases ?? [],
        family: entity.family ?? null,
      };
      tally(tallies, occurrence, !previous);
      occurrences?.push(occurrence);

      const result = entity.results?.find((r) => !r.relative);
      const results = entity.results?.length ? linkResults(entity.results, extraction.entities) : undefined;
      const { evidence, spans, rule } = evidenceOf(entity.mentions, previous);
      links.set(entity.id, {
        paper: paper.id,
        entity: entity.id,
        type: previous?.type === PROPOSES ? PROPOSES : relationshipOf(entity.type, entity.proposed),
        evidence,
        spans,
        confidence: Math.max(previous?.confidence ?? 0, entity.confidence),
        rule,
        metric: previous?.metric ?? result?.metric ?? null,
        value: previous?.value ?? result?.value ?? null,
        ...(previous?.results || results
          ? { results: [...(previous?.results ?? []), ...(results ?? [])] }
          : {}),
      });
    }
  }

  const entities: EntityNode[] = [...tallies.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([id, t]) => {
      const names = ranked(t.names);
      const name = names[0]!;
      const aliases = new Set([...names, ...(t.aliases ?? [])]);
      aliases.delete(name);
      const family = t.families ? ranked(t.families)[0]! : null;
      return { id, type: t.type, name, aliases: [...aliases].sort(), family, paperCount: t.papers };
    });

  const links: PaperLink[] = [];
  for (const paperId of [...linksOf.keys()].sort(byText)) {
    const byEntity = linksOf.get(paperId)!;
    const from = links.length;
    if (Array.isArray(byEntity)) for (const link of byEntity) links.push(link);
    else for (const entityId of [...byEntity.keys()].sort(byText)) links.push(byEntity.get(entityId)!);
    const occurrences = occurrencesOf?.get(paperId);
    if (occurrences && !rejected.has(paperId) && !twice.has(paperId)) {
      const part: SnapshotPart = { links: links.slice(from), occurrences };
      options.onPart!(paperId, encodeSnapshotPart(paperById.get(paperId)!, part));
    }
  }
  return {
    snapshot: {
      papers: [...papers].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map(toPaperNode),
      entities,
      links,
    },
    diagnostics,
    rejected: [...rejected].sort(),
  };
}

/** Counts one entity occurrence (`first`: the paper's first link to that entity). */
function tally(tallies: Map<string, EntityTally>, o: EntityOccurrence, first: boolean): void {
  let t = tallies.get(o.id);
  if (!t) {
    t = { type: o.type, names: { first: o.name, n: 0, all: null }, aliases: null, families: null, papers: 0 };
    tallies.set(o.id, t);
  }
  count(t.names, o.name);
  if (o.aliases.length > 0) {
    t.aliases ??= new Set();
    for (const alias of o.aliases) t.aliases.add(alias);
  }
  if (o.family) {
    if (t.families) count(t.families, o.family);
    else t.families = { first: o.family, n: 1, all: null };
  }
  if (first) t.papers++;
}

function count(c: Counts, value: string): void {
  if (c.all) c.all.set(value, (c.all.get(value) ?? 0) + 1);
  else if (value === c.first) c.n++;
  else
    c.all = new Map([
      [c.first, c.n],
      [value, 1],
    ]);
}

/** The values, most counted first, ties to the smaller text. */
function ranked(c: Counts): string[] {
  if (!c.all) return [c.first];
  return [...c.all.entries()].sort(byCountThenText).map(([v]) => v);
}

/** A link's evidence, spans and rules: its mentions' (unique, first-seen order) after the earlier link's. */
function evidenceOf(
  mentions: ExtractedEntity["mentions"],
  previous: PaperLink | undefined,
): Pick<PaperLink, "evidence" | "spans" | "rule"> {
  const only = mentions.length === 1 && !previous ? mentions[0] : undefined;
  if (only) return { evidence: [only.sentence], spans: [encodeSpan(only)], rule: only.rule };
  const evidence = new Set(previous?.evidence ?? []);
  const spans = new Set(previous?.spans ?? []);
  const rules = new Set(previous?.rule ? previous.rule.split(",") : []);
  for (const m of mentions) {
    evidence.add(m.sentence);
    spans.add(encodeSpan(m));
    rules.add(m.rule);
  }
  return { evidence: [...evidence], spans: [...spans], rule: [...rules].join(",") };
}

function badSpan(paper: Paper, entity: ExtractedEntity): string | null {
  for (const m of entity.mentions) {
    const text = m.field === "title" ? paper.title : paper.abstract;
    if (m.end > text.length || m.start >= m.end || text.slice(m.start, m.end) !== m.text) {
      return `mention "${m.text}" does not match ${m.field}[${m.start}, ${m.end})`;
    }
  }
  return null;
}
