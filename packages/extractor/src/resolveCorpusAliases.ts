import { ENTITY_TYPES, type ExtractedEntity, type Extraction, type Mention } from "@paperkg/core";
import { lookupExact } from "./acronymCandidates.ts";
import type { PaperText } from "./extractPaper.ts";
import { holdHeapGrowth } from "./holdHeapGrowth.ts";
import genericJson from "./lexicons/generic.json" with { type: "json" };
import { loadLexicons } from "./loadLexicons.ts";
import { longFormKey, longFormPhrase } from "./longFormKey.ts";
import { markHubs } from "./markHubs.ts";
import { compactKey, slugKey } from "./normalizeKey.ts";
import { type PreparedField, prepareField, sentenceText } from "./prepareField.ts";
import { selectTerms } from "./selectTerms.ts";
import { singularizePhrase } from "./singularize.ts";
import { VoteTable } from "./VoteTable.ts";

const GENERIC_ACRONYMS = new Set(genericJson.acronyms);

/** A vote one paper casts in the alias tables: `[table, key, value]`. */
export type AliasVote = [
  table: "id" | "family" | "long" | "short" | "name" | "sense",
  key: string,
  value: string,
];

const groupOf = (e: { type: string; name: string }) => `${e.type}:${compactKey(e.name)}`;

/** One acronym definition of an entity: its short-form mention and its long forms. */
function definitionOf(e: ExtractedEntity): { short: Mention; longs: Mention[] } | null {
  if (!e.mentions.some((m) => m.rule === "acronym")) return null;
  const short = e.mentions.find(
    (m) => m.rule === "acronym" && !/\s/.test(m.text) && /\p{Lu}.*\p{Lu}/u.test(m.text),
  );
  if (!short) return null;
  return { short, longs: e.mentions.filter((m) => m.rule === "acronym" && m !== short) };
}

const shortKey = (short: Mention) => short.text.replace(/(?<=\p{Lu})s$/u, "");

/**
 * Whether an entity is named by its acronym (`method:sd`, not `concept:breast cancer`): such
 * entities of papers defining the acronym differently would share an id, so they vote the
 * meaning of their long form (`sense`) and a minority meaning is renamed (`resolvePaperAliases`).
 */
const namedByShort = (e: ExtractedEntity, short: Mention) =>
  compactKey(e.name) === compactKey(shortKey(short)) &&
  // a lexicon name's other meanings are told apart in the paper itself (`acronymCandidates`)
  lookupExact(shortKey(short), loadLexicons(), true) === null;

/**
 * The votes of one paper's entities after term selection: its spellings of each entity group,
 * its model families, the acronyms it defines with their long forms, and the meaning of each
 * acronym that names its entity.
 */
export function aliasVotes(x: Extraction): AliasVote[] {
  const votes: AliasVote[] = [];
  for (const e of x.entities) {
    votes.push(["id", groupOf(e), e.id]);
    if (e.family) votes.push(["family", compactKey(e.family), e.family]);
    const def = definitionOf(e);
    if (!def) continue;
    for (const m of def.longs)
      votes.push(["long", compactKey(singularizePhrase(m.text.toLowerCase())), e.id]);
    votes.push(["short", shortKey(def.short), e.id]);
    if (def.longs.length > 0 && namedByShort(e, def.short))
      votes.push(["sense", shortKey(def.short), longFormKey(def.longs[0]!.text)]);
  }
  return votes;
}

/** The long forms a paper defines with an acronym (its `long` votes), each to its acronym entity's id. */
function ownLongForms(x: Extraction): Map<string, string> {
  const own = new Map<string, string>();
  for (const e of x.entities) {
    if (!e.mentions.some((m) => m.rule === "acronym")) continue;
    for (const [table, key, id] of aliasVotes({ paper: x.paper, entities: [e] }))
      if (table === "long" && !own.has(key)) own.set(key, id);
  }
  return own;
}

/** The votes of one paper's resolved entities for each entity's display name. */
export function nameVotes(merged: Extraction): AliasVote[] {
  const votes: AliasVote[] = [];
  for (const e of merged.entities)
    if (e.mentions.some((m) => m.rule !== "corpus-acronym")) votes.push(["name", e.id, e.name]);
  return votes;
}

/**
 * The corpus-wide votes alias resolution decides by, and what each key resolves to. A read key
 * (`g:` group → id, `l:` long form → id, `s:` acronym → id, `f:` family, `n:` entity → name) names
 * one decision; `value(key)` is it, so a run can tell which decisions a day's papers changed.
 */
export class AliasTables {
  readonly tables = {
    id: new VoteTable(),
    family: new VoteTable(),
    long: new VoteTable(),
    short: new VoteTable(),
    name: new VoteTable(),
    sense: new VoteTable(),
  };
  private changedFrom: Map<string, string | undefined> | null = null;

  /** Adds (sign 1) or takes back (sign -1) votes, remembering the decisions they touch. */
  apply(votes: readonly AliasVote[], sign: 1 | -1): void {
    for (const [table, key, value] of votes) {
      if (this.changedFrom) {
        const read = `${READ_PREFIX[table]}${key}`;
        if (!this.changedFrom.has(read)) this.changedFrom.set(read, this.value(read));
      }
      this.tables[table].add(key, value, sign);
    }
  }

  /** Start remembering the decisions `apply` touches. */
  track(): void {
    this.changedFrom = new Map();
  }

  /** The decisions whose value differs from when `track` was called; stops tracking. */
  changed(): Set<string> {
    const out = new Set<string>();
    for (const [read, was] of this.changedFrom ?? []) if (this.value(read) !== was) out.add(read);
    this.changedFrom = null;
    return out;
  }

  canonicalId(group: string): string | undefined {
    return this.tables.id.mode(group);
  }
  /**
   * A long form maps to the entity of the acronym it was defined with in papers that do not define
   * it only when two papers define it so: one paper's `Knowledge Retention (KR)` does not make every
   * other paper's `knowledge retention` that paper's KR.
   */
  longToId(key: string): string | undefined {
    const id = this.tables.long.mode(key);
    if (id === undefined || this.tables.long.count(key, id) < 2) return undefined;
    return id;
  }
  /**
   * An acronym spreads to papers that do not define it only when two papers define it the same
   * way; a named one (benchmark, model, method) only when its shape is a coinage — a hyphen or a
   * digit, or five characters or more (`R-CNN`, `CycleGAN`, `DBSCAN`): short all-capital acronyms
   * (`GPS`, `ROI`, `MAC`, `DNA`) mean other things in most of the papers that use them undefined.
   */
  shortToId(key: string): string | undefined {
    const id = this.tables.short.mode(key);
    if (
      id === undefined ||
      key.length < 3 ||
      this.tables.short.count(key, id) < 2 ||
      GENERIC_ACRONYMS.has(key)
    )
      return undefined;
    if (!/^(?:concept|task):/.test(id) && key.length < 5 && !/[-\d]/.test(key)) return undefined;
    // an acronym defined with several meanings spreads only when one of them has three quarters
    // of the definitions (`IR`: information retrieval 41 papers, infrared 28, image restoration 21)
    if (this.tables.short.count(key, id) * 4 < this.tables.short.spread(key).total * 3) return undefined;
    if (this.sense(key) === "") return undefined;
    return id;
  }
  /**
   * The meaning an acronym keeps its own id for, when papers define it in more than one way: the
   * long-form key of three quarters or more of its definitions, else `""` (no meaning dominates:
   * each keeps its long form in its id). Undefined when every definition means one thing.
   */
  sense(key: string): string | undefined {
    const top = this.tables.sense.mode(key);
    if (top === undefined) return undefined;
    const { total, distinct } = this.tables.sense.spread(key);
    if (distinct < 2) return undefined;
    return this.tables.sense.count(key, top) * 4 >= total * 3 ? top : "";
  }
  /** Whether any acronym spreads at all (papers are scanned for them only then). */
  spreadsAcronyms(): boolean {
    for (const key of this.tables.short.keys()) if (this.shortToId(key) !== undefined) return true;
    return false;
  }
  family(key: string): string | undefined {
    return this.tables.family.mode(key);
  }
  name(id: string): string | undefined {
    return this.tables.name.mode(id);
  }

  value(read: string): string | undefined {
    const key = read.slice(2);
    switch (read[0]) {
      case "g":
        return this.canonicalId(key);
      case "l":
        return this.longToId(key);
      case "s":
        return this.shortToId(key);
      case "f":
        return this.family(key);
      case "m":
        return this.sense(key);
      default:
        return this.name(key);
    }
  }
}

/** `ENTITY_TYPES.indexOf`, as a table: read twice in every comparison of the sort. */
const TYPE_ORDER: Record<string, number> = Object.fromEntries(ENTITY_TYPES.map((t, i) => [t, i]));
const typeOrder = (t: string) => TYPE_ORDER[t] ?? -1;

const READ_PREFIX = { id: "g:", long: "l:", short: "s:", family: "f:", name: "n:", sense: "m:" } as const;

/**
 * Whether a long form written out in a paper that does not define its acronym may take the
 * acronym's entity: a phrase the paper does not name as a benchmark or model does not become one,
 * and an acronym that is a lexicon name of another type (`SAM` the model, defined elsewhere as a
 * `segmentation model (SAM)` method) is too ambiguous to spread.
 */
function spreadsTo(id: string): boolean {
  const colon = id.indexOf(":");
  const type = id.slice(0, colon);
  if (type === "benchmark" || type === "model") return false;
  const known = lookupExact(id.slice(colon + 1), loadLexicons());
  return known === null || known.type === type;
}

/**
 * One paper's entities with their corpus-wide ids: acronym long forms mapped to the acronym's
 * entity, spelling variants to the group's id, and acronyms defined elsewhere found in its text.
 * `read` collects the decisions it looked up.
 */
export function resolvePaperAliases(
  x: Extraction,
  paper: PaperText | undefined,
  tables: AliasTables,
  spreads: boolean,
  read?: Set<string>,
): Extraction {
  const canonicalId = (group: string) => {
    read?.add(`g:${group}`);
    return tables.canonicalId(group);
  };
  const resolveIdOf = (id: string) => {
    const colon = id.indexOf(":");
    return canonicalId(`${id.slice(0, colon)}:${compactKey(id.slice(colon + 1))}`) ?? id;
  };
  // the long forms this paper defines map to its own acronym entities, whatever other papers say
  const ownLong = ownLongForms(x);
  const resolveId = (e: ExtractedEntity): string => {
    let viaLong: string | undefined;
    if (e.type === "concept" || e.type === "task" || e.type === "method") {
      const key = compactKey(e.name);
      viaLong = ownLong.get(key);
      if (viaLong === undefined) {
        read?.add(`l:${key}`);
        viaLong = tables.longToId(key);
        if (viaLong !== undefined && !spreadsTo(viaLong)) viaLong = undefined;
      }
    }
    if (viaLong) return resolveIdOf(viaLong);
    return canonicalId(groupOf(e)) ?? e.id;
  };
  const shortToId = (key: string) => {
    read?.add(`s:${key}`);
    read?.add(`m:${key}`);
    return tables.shortToId(key);
  };
  const entities = new Map<string, ExtractedEntity>();
  for (const e of x.entities) addEntity(entities, ownSense(e, tables, read) ?? { ...e, id: resolveId(e) });
  if (paper && spreads) {
    for (const e of undefinedAcronyms(paper, shortToId, entities))
      addEntity(entities, { ...e, id: resolveIdOf(e.id) });
  }
  return { paper: x.paper, entities: [...entities.values()] };
}

/**
 * An entity named by an acronym the corpus defines in several ways, when this paper's meaning is
 * not the dominant one (`SD` = speculative decoding beside self-distillation): the entity of its
 * own long form, `SD (speculative decoding)`, named so. Null for every other entity.
 */
function ownSense(e: ExtractedEntity, tables: AliasTables, read?: Set<string>): ExtractedEntity | null {
  const def = definitionOf(e);
  if (!def || def.longs.length === 0 || !namedByShort(e, def.short)) return null;
  const key = shortKey(def.short);
  read?.add(`m:${key}`);
  const dominant = tables.sense(key);
  const own = longFormKey(def.longs[0]!.text);
  if (dominant === undefined || dominant === own) return null;
  const name = `${key} (${longFormPhrase(def.longs[0]!.text)})`;
  const aliases = [...new Set([...(e.aliases ?? []), e.name])].filter((a) => a !== name).sort();
  return { ...e, id: `${e.type}:${slugKey(name)}`, name, ...(aliases.length > 0 ? { aliases } : {}) };
}

/** One paper's resolved entities with their corpus-wide names and families, in reading order. */
export function finishPaperAliases(x: Extraction, tables: AliasTables, read?: Set<string>): Extraction {
  return {
    paper: x.paper,
    entities: x.entities
      .map((e) => {
        read?.add(`n:${e.id}`);
        const name = tables.name(e.id) ?? e.name;
        const colon = e.id.indexOf(":");
        const type = (colon < 0 ? e.id : e.id.slice(0, colon)) as ExtractedEntity["type"];
        const out: ExtractedEntity = { ...e, type, name };
        if (e.family) {
          const key = compactKey(e.family);
          read?.add(`f:${key}`);
          out.family = tables.family(key) ?? e.family;
        }
        if (out.aliases) {
          out.aliases = out.aliases.filter((a) => a !== name);
          if (out.aliases.length === 0) delete out.aliases;
        }
        return out;
      })
      .sort((a, b) => {
        const ma = a.mentions[0]!;
        const mb = b.mentions[0]!;
        return (
          typeOrder(a.type) - typeOrder(b.type) ||
          (ma.field === mb.field ? 0 : ma.field === "title" ? -1 : 1) ||
          ma.start - mb.start ||
          (a.id < b.id ? -1 : 1)
        );
      }),
  };
}

/**
 * The corpus pass: one id per entity across papers. Spelling variants that share a compact key
 * (`Qwen-2.5` = `Qwen2.5`, `Arena-Hard` = `ArenaHard`) merge; a long form defined with an acronym
 * anywhere maps to that acronym's entity everywhere (`reinforcement learning with verifiable
 * rewards` → `RLVR`), and the acronym is found in papers that use it without defining it.
 * Names, families and ids are chosen by frequency with lexicographic ties: byte-identical output.
 * It first turns the per-paper noun-phrase chunks into this corpus's terms (`selectTerms`);
 * entities on more than a fifth of the papers come out marked `hub: true` (`markHubs`). The
 * per-paper results given are rewritten in place and returned.
 */
export function resolveCorpusAliases(perPaper: Extraction[], papers: readonly PaperText[]): Extraction[] {
  return holdHeapGrowth(papers.length, () => resolveAll(perPaper, papers));
}

function resolveAll(perPaper: Extraction[], papers: readonly PaperText[]): Extraction[] {
  const extractions = selectTerms(perPaper, papers);
  const tables = new AliasTables();
  for (const x of extractions) tables.apply(aliasVotes(x), 1);
  const spreads = tables.spreadsAcronyms();
  const byId = new Map(papers.map((p) => [p.id, p]));
  // each step replaces a paper's entities as it goes, so one generation of them is alive at a time
  // (on a large corpus each is hundreds of MB); the per-paper results are not used again
  for (const x of extractions)
    x.entities = resolvePaperAliases(x, byId.get(x.paper.id), tables, spreads).entities;
  for (const x of extractions) tables.apply(nameVotes(x), 1);
  for (const x of extractions) x.entities = finishPaperAliases(x, tables).entities;
  markHubs(extractions);
  return extractions;
}

function addEntity(into: Map<string, ExtractedEntity>, e: ExtractedEntity): void {
  const have = into.get(e.id);
  if (!have) {
    into.set(e.id, e);
    return;
  }
  const seen = new Set(have.mentions.map((m) => `${m.field}:${m.start}:${m.end}`));
  const mentions: Mention[] = [
    ...have.mentions,
    ...e.mentions.filter((m) => !seen.has(`${m.field}:${m.start}:${m.end}`)),
  ];
  mentions.sort((a, b) => (a.field === b.field ? a.start - b.start : a.field === "title" ? -1 : 1));
  const aliases = [...new Set([...(have.aliases ?? []), ...(e.aliases ?? []), e.name])]
    .filter((a) => a !== have.name)
    .sort();
  into.set(e.id, {
    ...have,
    proposed: have.proposed || e.proposed,
    confidence: Math.max(have.confidence, e.confidence),
    family: have.family ?? e.family,
    mentions,
    ...(aliases.length > 0 ? { aliases: aliases.slice(0, 10) } : {}),
  });
}

/** Acronyms defined in other papers, found here as case-exact, word-bounded tokens. */
function undefinedAcronyms(
  paper: PaperText,
  shortToId: (key: string) => string | undefined,
  have: Map<string, ExtractedEntity>,
): ExtractedEntity[] {
  const found = new Map<string, ExtractedEntity>();
  // a short form this paper already names (say `SAM` the model) keeps its own meaning here
  const named = new Set<string>();
  for (const e of have.values()) for (const m of e.mentions) named.add(m.text);
  const lex = loadLexicons();
  const texts: ["title" | "abstract", string][] = [
    ["title", paper.title.slice(0, 1000)],
    ["abstract", paper.abstract.slice(0, 20_000)],
  ];
  for (const [field, text] of texts) {
    // sentences are split only when an acronym from elsewhere is actually present
    let f: PreparedField | null = null;
    const re = /(?<![\p{L}\p{N}-])(\p{Lu}[\p{L}\d-]*\p{Lu}[\p{L}\d]*?)(s?)(?![\p{L}\p{N}])/gu;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const id = shortToId(m[1]!);
      if (!id || have.has(id) || named.has(m[0]) || named.has(m[1]!)) continue;
      // a lexicon name (`GPT` the model family) keeps its meaning outside the papers that redefine it
      if (lookupExact(m[1]!, lex, true) !== null) continue;
      const type = id.slice(0, id.indexOf(":"));
      f ??= prepareField(field, text, 0);
      const mention: Mention = {
        field,
        text: m[0],
        start: m.index,
        end: m.index + m[0].length,
        sentence: sentenceText(f, m.index, m.index + m[0].length),
        rule: "corpus-acronym",
      };
      const e = found.get(id);
      if (e) {
        if (e.mentions.length < 10) e.mentions.push(mention);
      } else {
        found.set(id, {
          type: type as ExtractedEntity["type"],
          id,
          name: m[1]!,
          proposed: false,
          confidence: 0.7,
          family: null,
          mentions: [mention],
        });
      }
    }
  }
  return [...found.values()];
}
