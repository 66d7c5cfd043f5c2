import type { ExtractedEntity, Extraction } from "@paperkg/core";
import { type CorpusPassStore, CorpusRecordMeta, type StoredCorpusRecord } from "./CorpusPassStore.ts";
import { ExtractorError } from "./ExtractorError.ts";
import type { PaperText } from "./extractPaper.ts";
import { HUB_MIN_PAPERS, HUB_SHARE } from "./markHubs.ts";
import {
  AliasTables,
  type AliasVote,
  aliasVotes,
  finishPaperAliases,
  nameVotes,
  resolvePaperAliases,
} from "./resolveCorpusAliases.ts";
import {
  DEFAULT_TERM_OPTIONS,
  rankTerms,
  selectTerms,
  type TermReads,
  termDocumentKeys,
  termThresholds,
} from "./selectTerms.ts";

export interface CorpusPassInput {
  papers: readonly PaperText[];
  /** Each paper's per-paper cache key (`localCacheKey`): a stored record counts only under the same key. */
  keys: readonly string[];
  /** Paper `i`'s per-paper extraction, a fresh object on every call (the pass rewrites what it is given). */
  perPaper: (i: number) => Extraction;
  store: CorpusPassStore;
  /**
   * Reused papers' results parsed from their records when first read, not during the pass: a caller
   * that needs few of them (a snapshot built from saved parts) parses few. Reading one whose record
   * does not parse throws an ExtractorError `STORED_RECORD` (then run the whole pass).
   */
  deferStored?: boolean;
}

export interface CorpusPassResult {
  extractions: Extraction[];
  /** `full`: every paper went through the pass; `incremental`: only those whose results could change. */
  mode: "full" | "incremental";
  /** Papers the pass ran over (new ones included), and stored papers whose hub flags alone changed. */
  resolved: number;
  rehubbed: number;
  /**
   * Papers whose result is the stored record's, unchanged (same key, not run over, hub flags
   * untouched): what a caller made of that record the last time still holds. Empty after a full pass.
   */
  reused: ReadonlySet<string>;
}

/** Above this share of papers new or gone, the whole pass is cheaper than sorting out what changed. */
const MAX_CHANGED_SHARE = 0.5;

interface Work {
  i: number;
  reads: TermReads;
  aliasReads: Set<string>;
  spans?: number[];
  votes?: AliasVote[];
  names?: AliasVote[];
  stage1?: Extraction;
  merged?: Extraction;
  out?: Extraction;
}

/**
 * The corpus pass (term selection, alias resolution, hubs: `resolveCorpusAliases`) kept up to date
 * instead of rerun. The store holds each paper's contributions to the corpus statistics and what
 * it read of them; the statistics are summed from them, the new papers' contributions added and
 * the gone papers' taken back, and only papers whose reads changed — a span crossing the term
 * threshold, a ranking frequency that moved, an alias, acronym, name or family decided otherwise,
 * an entity becoming or ceasing to be a hub — go through the pass again. Two joins suffice, not
 * rounds to a fixed point: papers joined because an alias decision they read changed select the
 * same terms (their span reads did not move), so they cast the same alias votes; papers joined
 * because a name decision they read changed read unchanged alias decisions (or they would have
 * joined first), so they resolve to the same entities and cast the same name votes. Neither join
 * changes the tables, so nothing further moves; hub flags are set once at the end. A change that
 * reaches every paper (the threshold itself moving with the corpus size, hubs switching on,
 * acronym spreading starting) runs the whole pass. The result equals `resolveCorpusAliases` over
 * all papers.
 */
export function runCorpusPass(input: CorpusPassInput): CorpusPassResult {
  const { papers, keys } = input;
  const n = papers.length;
  const ids = new Set(papers.map((p) => p.id));
  const loaded = ids.size === n ? input.store.load() : undefined;
  const previous = new Map<string, { meta: CorpusRecordMeta; raw: StoredCorpusRecord }>();
  let stored = 0;
  if (loaded) {
    for (const [id, raw] of loaded) {
      const meta = CorpusRecordMeta.safeParse(parseJson(raw.meta));
      if (!meta.success) return fullPass(input);
      previous.set(id, { meta: meta.data, raw });
    }
    papers.forEach((p, i) => {
      if (previous.get(p.id)?.meta.key === keys[i]) stored++;
    });
  }
  const changedShare = (n - stored + (previous.size - stored)) / Math.max(1, n);
  if (!loaded || changedShare > MAX_CHANGED_SHARE) return fullPass(input);
  const result = incrementalPass(input, previous);
  return result ?? fullPass(input);
}

function incrementalPass(
  input: CorpusPassInput,
  previous: Map<string, { meta: CorpusRecordMeta; raw: StoredCorpusRecord }>,
): CorpusPassResult | null {
  const { papers, keys } = input;
  const n = papers.length;
  const oldN = previous.size;
  const recordOf = (i: number) => {
    const r = previous.get(papers[i]!.id);
    return r && r.meta.key === keys[i] ? r : undefined;
  };
  const current = new Set<string>();
  const fresh: number[] = [];
  papers.forEach((p, i) => {
    if (recordOf(i)) current.add(p.id);
    else fresh.push(i);
  });
  // records of papers gone, or stored under another text: their contributions are taken back
  const gone = [...previous.entries()].filter(([id]) => !current.has(id)).map(([, r]) => r.meta);

  // the statistics as the last pass left them
  const df = new Map<number, number>();
  const tables = new AliasTables();
  const entityDf = new Map<string, number>();
  for (const { meta } of previous.values()) {
    for (const h of meta.spans) df.set(h, (df.get(h) ?? 0) + 1);
    tables.apply(meta.votes, 1);
    tables.apply(meta.names, 1);
    for (const id of meta.ids) entityDf.set(id, (entityDf.get(id) ?? 0) + 1);
  }
  // changes that reach every paper: the whole pass
  const [before, after] = [termThresholds(oldN), termThresholds(n)];
  if (before.term !== after.term || before.concept !== after.concept) return null;
  if (oldN >= HUB_MIN_PAPERS !== n >= HUB_MIN_PAPERS) return null;
  const spreadsBefore = tables.spreadsAcronyms();

  const work = new Map<number, Work>();
  const begin = (i: number): Work => {
    let w = work.get(i);
    if (!w) {
      w = { i, reads: { bits: [], exact: [], rank: [] }, aliasReads: new Set() };
      work.set(i, w);
    }
    return w;
  };

  // 1. span document frequencies: the new papers' spans in, the gone papers' out
  const dfBefore = new Map<number, number>();
  const bumpDf = (h: number, d: number) => {
    const was = df.get(h) ?? 0;
    if (!dfBefore.has(h)) dfBefore.set(h, was);
    df.set(h, was + d);
  };
  for (const meta of gone) for (const h of meta.spans) bumpDf(h, -1);
  for (const i of fresh) {
    const w = begin(i);
    w.spans = [...termDocumentKeys(input.perPaper(i))];
    for (const h of w.spans) bumpDf(h, 1);
  }
  const crosses = (was: number, now: number) =>
    was >= after.term !== now >= after.term || was >= after.concept !== now >= after.concept;
  const flipped = new Set<number>();
  const moved = new Set<number>();
  for (const [h, was] of dfBefore) {
    const now = df.get(h) ?? 0;
    if (now === was) continue;
    moved.add(h);
    if (crosses(was, now)) flipped.add(h);
  }
  // a ranking whose frequencies moved counts only if it now keeps other terms
  const dfThen = (h: number) => dfBefore.get(h) ?? df.get(h) ?? 0;
  const dfNow = (h: number) => df.get(h) ?? 0;
  const reranked = (rank: CorpusRecordMeta["rank"]) => {
    if (!rank.some(([h]) => moved.has(h))) return false;
    const then = rankTerms(rank, dfThen, DEFAULT_TERM_OPTIONS.maxPerPaper);
    const now = rankTerms(rank, dfNow, DEFAULT_TERM_OPTIONS.maxPerPaper);
    return [...now].some((id) => !then.has(id));
  };
  eachStored(papers, recordOf, work, (i, meta) => {
    if (meta.bits.some((h) => flipped.has(h)) || meta.exact.some((h) => moved.has(h)) || reranked(meta.rank))
      begin(i);
  });

  // 2. term selection for those papers; their alias votes replace the ones they cast before
  const corpus = { papers: n, df: (h: number) => df.get(h) ?? 0 };
  const select = (todo: Work[]) => {
    if (todo.length === 0) return;
    const out = selectTerms(
      todo.map((w) => input.perPaper(w.i)),
      todo.map((w) => papers[w.i]!),
      undefined,
      corpus,
      todo.map((w) => w.reads),
    );
    todo.forEach((w, k) => {
      w.stage1 = out[k]!;
      w.votes = aliasVotes(w.stage1);
    });
  };
  select(sorted(work));
  tables.track();
  for (const meta of gone) tables.apply(meta.votes, -1);
  for (const w of work.values()) {
    const before = recordOf(w.i)?.meta.votes;
    if (before) tables.apply(before, -1);
    tables.apply(w.votes!, 1);
  }
  const aliasChanged = tables.changed();
  const spreads = tables.spreadsAcronyms();
  if (spreads !== spreadsBefore) return null;
  const joinOnReads = (changed: Set<string>) => {
    const joined: Work[] = [];
    if (changed.size === 0) return joined;
    eachStored(papers, recordOf, work, (i, meta) => {
      if (meta.reads.some((r) => changed.has(r))) joined.push(begin(i));
    });
    return joined;
  };
  // papers whose alias decisions changed: selected again too (their votes come out the same)
  select(joinOnReads(aliasChanged));

  // 3. alias resolution; the name votes of what it gives replace the earlier ones
  const resolve = (todo: Work[]) => {
    for (const w of todo) {
      w.merged = resolvePaperAliases(w.stage1!, papers[w.i], tables, spreads, w.aliasReads);
      w.names = nameVotes(w.merged);
    }
  };
  resolve(sorted(work));
  tables.track();
  for (const meta of gone) tables.apply(meta.names, -1);
  for (const w of work.values()) {
    const before = recordOf(w.i)?.meta.names;
    if (before) tables.apply(before, -1);
    tables.apply(w.names!, 1);
  }
  const namesChanged = tables.changed();
  const late = joinOnReads(namesChanged);
  select(late);
  resolve(late);
  for (const w of sorted(work)) w.out = finishPaperAliases(w.merged!, tables, w.aliasReads);

  // 4. hubs: entity document frequencies, and entities on either side of the (moved) limit
  const entityBefore = new Map<string, number>();
  const bumpEntity = (id: string, d: number) => {
    const was = entityDf.get(id) ?? 0;
    if (!entityBefore.has(id)) entityBefore.set(id, was);
    entityDf.set(id, was + d);
  };
  for (const meta of gone) for (const id of meta.ids) bumpEntity(id, -1);
  for (const w of work.values()) {
    for (const id of recordOf(w.i)?.meta.ids ?? []) bumpEntity(id, -1);
    for (const e of w.out!.entities) bumpEntity(e.id, 1);
  }
  const isHub = (count: number, papersIn: number) =>
    papersIn >= HUB_MIN_PAPERS && count > HUB_SHARE * papersIn;
  const hubs = new Set<string>();
  const hubFlips = new Set<string>();
  for (const [id, count] of entityDf) {
    const now = isHub(count, n);
    if (now) hubs.add(id);
    if (now !== isHub(entityBefore.get(id) ?? count, oldN)) hubFlips.add(id);
  }
  for (const [id, was] of entityBefore) if (!entityDf.has(id) && isHub(was, oldN)) hubFlips.add(id);
  for (const w of work.values()) markHubFlags(w.out!, hubs);
  const rehub = new Map<number, Extraction>();
  // a stored result that does not parse (a record cut short): the whole pass, as for a bad meta
  let torn = false;
  if (hubFlips.size > 0) {
    eachStored(papers, recordOf, work, (i, meta) => {
      if (!meta.ids.some((id) => hubFlips.has(id))) return;
      const out = storedOut(recordOf(i)!.raw);
      if (!out) {
        torn = true;
        return;
      }
      markHubFlags(out, hubs);
      rehub.set(i, out);
    });
  }

  // 5. what to keep for the next run, and every paper's result
  const changed = new Map<string, StoredCorpusRecord>();
  for (const w of work.values()) {
    const before = recordOf(w.i)?.meta;
    const meta: CorpusRecordMeta = {
      key: keys[w.i]!,
      spans: w.spans ?? before!.spans,
      bits: w.reads.bits,
      exact: w.reads.exact,
      rank: w.reads.rank,
      votes: w.votes!,
      names: w.names!,
      reads: [...w.aliasReads],
      ids: w.out!.entities.map((e) => e.id),
    };
    changed.set(papers[w.i]!.id, { meta: JSON.stringify(meta), out: JSON.stringify(w.out) });
  }
  for (const [i, out] of rehub)
    changed.set(papers[i]!.id, { meta: recordOf(i)!.raw.meta, out: JSON.stringify(out) });
  const extractions: Extraction[] = [];
  for (let i = 0; i < n && !torn; i++) {
    const out =
      work.get(i)?.out ??
      rehub.get(i) ??
      (input.deferStored ? deferredOut(papers[i]!, recordOf(i)!.raw) : storedOut(recordOf(i)!.raw));
    if (out) extractions.push(out);
    else torn = true;
  }
  if (torn) return null;
  const ids = new Set(papers.map((p) => p.id));
  input.store.save(
    changed,
    [...previous.keys()].filter((id) => !ids.has(id)),
  );
  const reused = new Set<string>();
  papers.forEach((p, i) => {
    if (!work.has(i) && !rehub.has(i)) reused.add(p.id);
  });
  return { extractions, mode: "incremental", resolved: work.size, rehubbed: rehub.size, reused };
}

/** The whole pass over every paper, recording what the next run needs. */
function fullPass(input: CorpusPassInput): CorpusPassResult {
  const { papers, keys } = input;
  const n = papers.length;
  const perPaper = papers.map((_p, i) => input.perPaper(i));
  const spans = perPaper.map((x) => [...termDocumentKeys(x)]);
  const df = new Map<number, number>();
  for (const list of spans) for (const h of list) df.set(h, (df.get(h) ?? 0) + 1);
  const reads: TermReads[] = papers.map(() => ({ bits: [], exact: [], rank: [] }));
  const stage1 = selectTerms(perPaper, papers, undefined, { papers: n, df: (h) => df.get(h) ?? 0 }, reads);
  const tables = new AliasTables();
  const votes = stage1.map(aliasVotes);
  for (const v of votes) tables.apply(v, 1);
  const spreads = tables.spreadsAcronyms();
  const aliasReads = papers.map(() => new Set<string>());
  // each step replaces a paper's entities in place, so one generation of them is alive at a time
  const out = stage1;
  out.forEach((x, i) => {
    x.entities = resolvePaperAliases(x, papers[i], tables, spreads, aliasReads[i]).entities;
  });
  const names = out.map(nameVotes);
  for (const v of names) tables.apply(v, 1);
  out.forEach((x, i) => {
    x.entities = finishPaperAliases(x, tables, aliasReads[i]).entities;
  });
  const entityDf = new Map<string, number>();
  for (const x of out) for (const e of x.entities) entityDf.set(e.id, (entityDf.get(e.id) ?? 0) + 1);
  const hubs = new Set<string>();
  if (n >= HUB_MIN_PAPERS) for (const [id, count] of entityDf) if (count > HUB_SHARE * n) hubs.add(id);
  for (const x of out) markHubFlags(x, hubs);
  function* records(): Generator<[string, StoredCorpusRecord]> {
    for (let i = 0; i < n; i++) {
      const meta: CorpusRecordMeta = {
        key: keys[i]!,
        spans: spans[i]!,
        bits: reads[i]!.bits,
        exact: reads[i]!.exact,
        rank: reads[i]!.rank,
        votes: votes[i]!,
        names: names[i]!,
        reads: [...aliasReads[i]!],
        ids: out[i]!.entities.map((e) => e.id),
      };
      yield [papers[i]!.id, { meta: JSON.stringify(meta), out: JSON.stringify(out[i]) }];
    }
  }
  input.store.save(records(), [], { all: true });
  return { extractions: out, mode: "full", resolved: n, rehubbed: 0, reused: new Set() };
}

/** `hub: true` on the entities in `hubs`, and on no other. */
function markHubFlags(x: Extraction, hubs: ReadonlySet<string>): void {
  for (const e of x.entities as ExtractedEntity[]) {
    if (hubs.has(e.id)) e.hub = true;
    else delete e.hub;
  }
}

function eachStored(
  papers: readonly PaperText[],
  recordOf: (i: number) => { meta: CorpusRecordMeta } | undefined,
  work: ReadonlyMap<number, Work>,
  visit: (i: number, meta: CorpusRecordMeta) => void,
): void {
  for (let i = 0; i < papers.length; i++) {
    if (work.has(i)) continue;
    const r = recordOf(i);
    if (r) visit(i, r.meta);
  }
}

const sorted = (work: Map<number, Work> | Work[]): Work[] =>
  [...(Array.isArray(work) ? work : work.values())].sort((a, b) => a.i - b.i);

/** `text` parsed, or undefined when it is no JSON (a record cut short: its schema check fails). */
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * A stored record's result, parsed when its entities are first read (`paper` is the record's, as
 * the record's key holds the title). Own enumerable accessors: `JSON.stringify` writes it as the
 * plain object.
 */
function deferredOut(paper: PaperText, raw: StoredCorpusRecord): Extraction {
  let entities: Extraction["entities"] | undefined;
  const x = { paper: { id: paper.id, title: paper.title } } as Extraction;
  Object.defineProperty(x, "entities", {
    enumerable: true,
    configurable: true,
    get() {
      if (entities) return entities;
      const out = storedOut(raw);
      if (!out)
        throw new ExtractorError(
          "STORED_RECORD",
          `runCorpusPass: the stored result of paper "${paper.id}" does not parse`,
        );
      entities = out.entities;
      return entities;
    },
    set(value: Extraction["entities"]) {
      entities = value;
    },
  });
  return x;
}

/** A stored record's result, or null when it does not parse as one. */
function storedOut(raw: StoredCorpusRecord): Extraction | null {
  const out = parseJson(raw.out) as Extraction | undefined;
  return out && typeof out === "object" && Array.isArray(out.entities) ? out : null;
}
