import type { ExtractedEntity, Extraction } from "@paperkg/core";
import { CorpusAggregate, type PostingKind } from "./CorpusAggregate.ts";
import { type CorpusPassStore, CorpusRecordMeta, type StoredCorpusRecord } from "./CorpusPassStore.ts";
import { ExtractorError } from "./ExtractorError.ts";
import type { PaperText } from "./extractPaper.ts";
import { holdHeapGrowth } from "./holdHeapGrowth.ts";
import { HUB_MIN_PAPERS, HUB_SHARE } from "./markHubs.ts";
import {
  AliasTables,
  type AliasVote,
  aliasVotes,
  finishPaperAliases,
  nameVotes,
  resolvePaperAliases,
} from "./resolveCorpusAliases.ts";
import { DamagedAggregate } from "./SavedBuckets.ts";
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
  /**
   * Where an incremental pass took the corpus statistics from: `saved`, the aggregate kept with
   * the records (`CorpusAggregate`); `summed`, every record's meta parsed and summed (no aggregate
   * for those records). Undefined after a full pass.
   */
  statistics?: "saved" | "summed";
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
  /** The votes and name votes of this paper the tables hold. */
  votesIn?: AliasVote[];
  namesIn?: AliasVote[];
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
  return holdHeapGrowth(input.papers.length, () => runPass(input));
}

function runPass(input: CorpusPassInput): CorpusPassResult {
  const { papers, keys } = input;
  const n = papers.length;
  const ids = new Set(papers.map((p) => p.id));
  const loaded = ids.size === n ? input.store.load() : undefined;
  if (!loaded) return fullPass(input);
  const stored = new StoredMetas(loaded);
  const saved = savedAggregate(input.store, loaded);
  const aggregate = saved ?? stored.sum();
  if (!aggregate) return fullPass(input);
  let current = 0;
  papers.forEach((p, i) => {
    const slot = aggregate.slot(p.id);
    if (slot !== undefined && aggregate.keys[slot] === keys[i]) current++;
  });
  const changedShare = (n - current + (aggregate.papers.length - current)) / Math.max(1, n);
  if (changedShare > MAX_CHANGED_SHARE) return fullPass(input);
  try {
    const result = incrementalPass(input, aggregate, stored);
    return result ? { ...result, statistics: saved ? "saved" : "summed" } : fullPass(input);
  } catch (error) {
    if (error instanceof BadRecord || error instanceof DamagedAggregate) return fullPass(input);
    throw error;
  }
}

/**
 * The aggregate saved with `loaded`, when there is one for every one of those records (checked
 * against their ids: a store that kept the aggregate of other records is not believed).
 */
function savedAggregate(
  store: CorpusPassStore,
  loaded: ReadonlyMap<string, StoredCorpusRecord>,
): CorpusAggregate | undefined {
  const bytes = store.loadAggregate?.();
  const aggregate = bytes ? CorpusAggregate.decode(bytes) : undefined;
  if (!aggregate || aggregate.papers.length !== loaded.size) return undefined;
  for (const id of loaded.keys()) if (aggregate.slot(id) === undefined) return undefined;
  return aggregate;
}

/** A stored meta that does not parse (a record cut short): the whole pass instead. */
class BadRecord extends Error {}

/** The loaded records' metas, each parsed when first asked for. */
class StoredMetas {
  private readonly parsed = new Map<string, CorpusRecordMeta>();

  constructor(readonly records: ReadonlyMap<string, StoredCorpusRecord>) {}

  /** The meta of stored paper `id` (throws BadRecord when it does not parse). */
  get(id: string): CorpusRecordMeta {
    let meta = this.parsed.get(id);
    if (!meta) {
      const raw = this.records.get(id);
      const result = raw ? CorpusRecordMeta.safeParse(parseJson(raw.meta)) : undefined;
      if (!result?.success) throw new BadRecord(id);
      meta = result.data;
      this.parsed.set(id, meta);
    }
    return meta;
  }

  /** The aggregate of every record's meta, all parsed (undefined when one does not parse). */
  sum(): CorpusAggregate | undefined {
    try {
      return CorpusAggregate.fromMetas(
        (function* (metas: StoredMetas): Generator<[string, CorpusRecordMeta]> {
          for (const id of metas.records.keys()) yield [id, metas.get(id)];
        })(this),
      );
    } catch (error) {
      if (error instanceof BadRecord) return undefined;
      throw error;
    }
  }
}

function incrementalPass(
  input: CorpusPassInput,
  aggregate: CorpusAggregate,
  stored: StoredMetas,
): CorpusPassResult | null {
  const { papers, keys } = input;
  const n = papers.length;
  const oldN = aggregate.papers.length;
  const indexOf = new Map(papers.map((p, i) => [p.id, i]));
  /** Whether paper `i` has a stored record under its key. */
  const isStored = (i: number) => {
    const slot = aggregate.slot(papers[i]!.id);
    return slot !== undefined && aggregate.keys[slot] === keys[i];
  };
  const before = (i: number) => (isStored(i) ? stored.get(papers[i]!.id) : undefined);
  const rawOf = (i: number) => stored.records.get(papers[i]!.id)!;
  const fresh: number[] = [];
  papers.forEach((_p, i) => {
    if (!isStored(i)) fresh.push(i);
  });
  // records of papers gone, or stored under another text: their contributions are taken back
  const gone = aggregate.papers
    .filter((id) => {
      const i = indexOf.get(id);
      return i === undefined || !isStored(i);
    })
    .map((id) => stored.get(id));

  // the statistics as the last pass left them
  const df = aggregate.spans;
  const tables = aggregate.tables;
  const entityDf = aggregate.entities;
  // changes that reach every paper: the whole pass
  const [thresholdBefore, after] = [termThresholds(oldN), termThresholds(n)];
  if (thresholdBefore.term !== after.term || thresholdBefore.concept !== after.concept) return null;
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
  /** Stored papers not yet in the work holding any of `keys` in their list `kind`, in paper order. */
  const holding = (kind: PostingKind, keys: Iterable<number | string>): number[] => {
    const out: number[] = [];
    for (const id of aggregate.holders(kind, keys)) {
      const i = indexOf.get(id);
      if (i !== undefined && !work.has(i) && isStored(i)) out.push(i);
    }
    return out.sort((a, b) => a - b);
  };

  // 1. span document frequencies: the new papers' spans in, the gone papers' out
  const dfBefore = new Map<number, number>();
  const bumpDf = (h: number, d: number) => {
    const was = df.get(h);
    if (!dfBefore.has(h)) dfBefore.set(h, was);
    df.add(h, d);
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
    const now = df.get(h);
    if (now === was) continue;
    moved.add(h);
    if (crosses(was, now)) flipped.add(h);
  }
  // a ranking whose frequencies moved counts only if it now keeps other terms
  const dfThen = (h: number) => dfBefore.get(h) ?? df.get(h);
  const dfNow = (h: number) => df.get(h);
  const reranked = (rank: CorpusRecordMeta["rank"]) => {
    if (!rank.some(([h]) => moved.has(h))) return false;
    const then = rankTerms(rank, dfThen, DEFAULT_TERM_OPTIONS.maxPerPaper);
    const now = rankTerms(rank, dfNow, DEFAULT_TERM_OPTIONS.maxPerPaper);
    return [...now].some((id) => !then.has(id));
  };
  const spanReaders = new Set([
    ...holding("bits", flipped),
    ...holding("exact", moved),
    ...holding("rank", moved),
  ]);
  for (const i of [...spanReaders].sort((a, b) => a - b)) {
    const meta = before(i)!;
    if (meta.bits.some((h) => flipped.has(h)) || meta.exact.some((h) => moved.has(h)) || reranked(meta.rank))
      begin(i);
  }

  // 2. term selection for those papers; their alias votes replace the ones they cast before
  const corpus = { papers: n, df: (h: number) => df.get(h) };
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
    const was = before(w.i)?.votes;
    if (was) tables.apply(was, -1);
    tables.apply(w.votes!, 1);
    w.votesIn = w.votes;
  }
  const aliasChanged = tables.changed();
  const spreads = tables.spreadsAcronyms();
  if (spreads !== spreadsBefore) return null;
  const joinOnReads = (changed: Set<string>) => {
    const joined: Work[] = [];
    if (changed.size === 0) return joined;
    for (const i of holding("reads", changed))
      if (before(i)!.reads.some((r) => changed.has(r))) joined.push(begin(i));
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
    const was = before(w.i)?.names;
    if (was) tables.apply(was, -1);
    tables.apply(w.names!, 1);
    w.namesIn = w.names;
  }
  const namesChanged = tables.changed();
  const late = joinOnReads(namesChanged);
  select(late);
  resolve(late);
  for (const w of sorted(work)) w.out = finishPaperAliases(w.merged!, tables, w.aliasReads);
  // the votes of papers joined after the tables were updated (the same as before, see above) in
  // them too, so that the tables are the sum of the records saved
  for (const w of work.values()) {
    const was = before(w.i);
    if (w.votesIn !== w.votes) {
      if (was) tables.apply(was.votes, -1);
      tables.apply(w.votes!, 1);
    }
    if (w.namesIn !== w.names) {
      if (was) tables.apply(was.names, -1);
      tables.apply(w.names!, 1);
    }
  }

  // 4. hubs: entity document frequencies, and entities on either side of the (moved) limit
  const entityBefore = new Map<string, number>();
  const bumpEntity = (id: string, d: number) => {
    const was = entityDf.get(id);
    if (!entityBefore.has(id)) entityBefore.set(id, was);
    entityDf.add(id, d);
  };
  for (const meta of gone) for (const id of meta.ids) bumpEntity(id, -1);
  for (const w of work.values()) {
    for (const id of before(w.i)?.ids ?? []) bumpEntity(id, -1);
    for (const e of w.out!.entities) bumpEntity(e.id, 1);
  }
  const isHub = (count: number, papersIn: number) =>
    papersIn >= HUB_MIN_PAPERS && count > HUB_SHARE * papersIn;
  const hubs = new Set<string>();
  const hubFlips = new Set<string>();
  for (const [id, count] of entityDf.hubCandidates()) {
    const now = isHub(count, n);
    if (now) hubs.add(id);
    if (now !== isHub(entityBefore.get(id) ?? count, oldN)) hubFlips.add(id);
  }
  for (const [id, was] of entityBefore) if (entityDf.get(id) === 0 && isHub(was, oldN)) hubFlips.add(id);
  for (const w of work.values()) markHubFlags(w.out!, hubs);
  const rehub = new Map<number, Extraction>();
  // a stored result that does not parse (a record cut short): the whole pass, as for a bad meta
  let torn = false;
  if (hubFlips.size > 0) {
    for (const i of holding("ids", hubFlips)) {
      if (!before(i)!.ids.some((id) => hubFlips.has(id))) continue;
      const out = storedOut(rawOf(i));
      if (!out) {
        torn = true;
        break;
      }
      markHubFlags(out, hubs);
      rehub.set(i, out);
    }
  }

  // 5. what to keep for the next run, and every paper's result
  const changed = new Map<string, StoredCorpusRecord>();
  const changedMetas = new Map<string, CorpusRecordMeta>();
  for (const w of work.values()) {
    const was = before(w.i);
    const meta: CorpusRecordMeta = {
      key: keys[w.i]!,
      spans: w.spans ?? was!.spans,
      bits: w.reads.bits,
      exact: w.reads.exact,
      rank: w.reads.rank,
      votes: w.votes!,
      names: w.names!,
      reads: [...w.aliasReads],
      ids: w.out!.entities.map((e) => e.id),
    };
    changedMetas.set(papers[w.i]!.id, meta);
    changed.set(papers[w.i]!.id, { meta: JSON.stringify(meta), out: JSON.stringify(w.out) });
  }
  for (const [i, out] of rehub) changed.set(papers[i]!.id, { meta: rawOf(i).meta, out: JSON.stringify(out) });
  const extractions: Extraction[] = [];
  for (let i = 0; i < n && !torn; i++) {
    const out =
      work.get(i)?.out ??
      rehub.get(i) ??
      (input.deferStored ? deferredOut(papers[i]!, rawOf(i)) : storedOut(rawOf(i)));
    if (out) extractions.push(out);
    else torn = true;
  }
  if (torn) return null;
  const ids = new Set(papers.map((p) => p.id));
  input.store.save(
    changed,
    aggregate.papers.filter((id) => !ids.has(id)),
    { aggregate: () => aggregate.rebased(changedMetas, ids).encode() },
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
  const metas: [string, CorpusRecordMeta][] = [];
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
      metas.push([papers[i]!.id, meta]);
      yield [papers[i]!.id, { meta: JSON.stringify(meta), out: JSON.stringify(out[i]) }];
    }
  }
  input.store.save(records(), [], { all: true, aggregate: () => CorpusAggregate.fromMetas(metas).encode() });
  return { extractions: out, mode: "full", resolved: n, rehubbed: 0, reused: new Set() };
}

/** `hub: true` on the entities in `hubs`, and on no other. */
function markHubFlags(x: Extraction, hubs: ReadonlySet<string>): void {
  for (const e of x.entities as ExtractedEntity[]) {
    if (hubs.has(e.id)) e.hub = true;
    else delete e.hub;
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
