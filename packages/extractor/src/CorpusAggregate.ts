import type { CorpusRecordMeta } from "./CorpusPassStore.ts";
import { hash52 } from "./hash52.ts";
import { HUB_SHARE } from "./markHubs.ts";
import { Postings } from "./Postings.ts";
import { AliasTables } from "./resolveCorpusAliases.ts";
import { DamagedAggregate, encodeBuckets, SavedBuckets } from "./SavedBuckets.ts";

const TABLES = ["id", "family", "long", "short", "name", "sense"] as const;
/** What a stored paper read or holds, each a key list of its meta: the day's changes are looked up in them. */
export const POSTING_KINDS = ["bits", "exact", "rank", "reads", "ids"] as const;
export type PostingKind = (typeof POSTING_KINDS)[number];
const VERSION = 2;

/** A meta's keys of one kind as numbers: hashes as they are, strings through `hash52`. */
function keysOf(meta: CorpusRecordMeta, kind: PostingKind): number[] {
  switch (kind) {
    case "bits":
      return meta.bits;
    case "exact":
      return meta.exact;
    case "rank":
      return meta.rank.map((r) => r[0]);
    case "reads":
      return meta.reads.map(hash52);
    case "ids":
      return meta.ids.map(hash52);
  }
}

/** A key as its posting's number. */
export const postingKey = (key: number | string): number => (typeof key === "number" ? key : hash52(key));

/**
 * Span document frequencies: a sorted base (as saved) and the changes of this run over it, merged
 * when saved — a run touches a few thousand of the million spans.
 */
export class SpanCounts {
  private readonly changes = new Map<number, number>();

  constructor(
    private readonly keys: Float64Array,
    private readonly counts: Int32Array,
  ) {}

  get(h: number): number {
    const changed = this.changes.get(h);
    if (changed !== undefined) return changed;
    let lo = 0;
    let hi = this.keys.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.keys[mid]! < h) lo = mid + 1;
      else hi = mid;
    }
    return lo < this.keys.length && this.keys[lo] === h ? this.counts[lo]! : 0;
  }

  add(h: number, d: number): void {
    this.changes.set(h, this.get(h) + d);
  }

  /** The counts as sorted arrays (zero counts left out). */
  merged(): { keys: Float64Array; counts: Int32Array } {
    if (this.changes.size === 0) return { keys: this.keys, counts: this.counts };
    const changed = Float64Array.from(this.changes.keys()).sort();
    const { keys: base, counts: baseCounts } = this;
    const keys = new Float64Array(base.length + changed.length);
    const counts = new Int32Array(base.length + changed.length);
    let at = 0;
    let i = 0;
    for (const h of changed) {
      for (; i < base.length && base[i]! < h; i++) {
        keys[at] = base[i]!;
        counts[at++] = baseCounts[i]!;
      }
      if (i < base.length && base[i] === h) i++;
      const n = this.changes.get(h)!;
      if (n > 0) {
        keys[at] = h;
        counts[at++] = n;
      }
    }
    for (; i < base.length; i++) {
      keys[at] = base[i]!;
      counts[at++] = baseCounts[i]!;
    }
    return { keys: keys.subarray(0, at), counts: counts.subarray(0, at) };
  }
}

/**
 * Entity document frequencies (papers per entity id), read from the saved buckets as asked for.
 * Hubs are looked for among `hubCandidates`: the entities read or changed this run and those
 * counted at least `floor` when saved — an entity below half the hub share of the papers then
 * can be a hub neither before nor now, the corpus having at most halved (or the whole pass runs).
 */
export class EntityCounts {
  private readonly counts = new Map<string, number>();
  source: SavedBuckets | null = null;

  constructor(
    readonly floor = 0,
    private readonly candidates: readonly string[] = [],
  ) {}

  private fault(id: string): void {
    if (this.source !== null && !this.counts.has(id)) this.source.fault(id);
  }

  get(id: string): number {
    this.fault(id);
    return this.counts.get(id) ?? 0;
  }

  add(id: string, d: number): void {
    const n = this.get(id) + d;
    if (n > 0) this.counts.set(id, n);
    else this.counts.delete(id);
  }

  /** What the source gives. */
  put(id: string, n: number): void {
    this.counts.set(id, n);
  }

  /** Every entity that can be a hub now or could before (see above), with its count. */
  hubCandidates(): [string, number][] {
    for (const id of this.candidates) this.fault(id);
    return [...this.counts];
  }

  /** The entities counted at least `floor`, among those read and the saved candidates. */
  above(floor: number): string[] {
    return this.hubCandidates()
      .filter(([, n]) => n >= floor)
      .map(([id]) => id)
      .sort(byText);
  }

  /** Every `[id, count]`, all read from the source first. */
  entries(): [string, number][] {
    this.source?.all();
    return [...this.counts];
  }

  /** `[id, count]` of the entities read (all of them without a source). */
  *read(): Generator<[string, number]> {
    yield* this.counts;
  }
}

/**
 * The corpus pass's statistics summed over every stored record's meta — span document
 * frequencies, alias and name votes, entity document frequencies — and postings of what each
 * paper read (`POSTING_KINDS`), with each paper's cache key: kept beside the records (named by
 * their commit) so that a day sums and parses only the metas of the papers it changes, not the
 * whole corpus's. `fromMetas` builds it from the metas themselves; an incremental pass updates
 * `spans`, `tables` and `entities` in place and `rebased` gives the aggregate of the records it
 * saved. Equal to `fromMetas` over those records (tested).
 */
export class CorpusAggregate {
  private readonly slotOf: Map<string, number>;

  private constructor(
    /** Stored paper ids, sorted: a paper's slot is its index. */
    readonly papers: readonly string[],
    /** Each paper's cache key (its meta's `key`). */
    readonly keys: readonly string[],
    readonly spans: SpanCounts,
    readonly tables: AliasTables,
    readonly entities: EntityCounts,
    readonly postings: Record<PostingKind, Postings>,
    /** The saved buckets the tables and entity counts read from (none when built from metas). */
    private readonly saved: Partial<Record<BucketedName, SavedBuckets>>,
  ) {
    this.slotOf = new Map(papers.map((id, slot) => [id, slot]));
  }

  /** The one way to make an aggregate: from its parts, the span counts as their sorted arrays. */
  static of(parts: {
    papers: readonly string[];
    keys: readonly string[];
    spans: { keys: Float64Array; counts: Int32Array };
    tables: AliasTables;
    entities: EntityCounts;
    postings: Record<PostingKind, Postings>;
    saved?: Partial<Record<BucketedName, SavedBuckets>>;
  }): CorpusAggregate {
    const { papers, keys, spans, tables, entities, postings, saved = {} } = parts;
    return new CorpusAggregate(
      papers,
      keys,
      new SpanCounts(spans.keys, spans.counts),
      tables,
      entities,
      postings,
      saved,
    );
  }

  /** The aggregate of these metas (by paper id). */
  static fromMetas(metas: Iterable<[string, CorpusRecordMeta]>): CorpusAggregate {
    const byId = new Map(metas);
    const papers = [...byId.keys()].sort(byText);
    const spans = new Map<number, number>();
    const tables = new AliasTables();
    const entities = new EntityCounts();
    const bySlot = Object.fromEntries(POSTING_KINDS.map((k) => [k, new Map<number, number[]>()])) as Record<
      PostingKind,
      Map<number, number[]>
    >;
    const keys = papers.map((id, slot) => {
      const meta = byId.get(id)!;
      for (const h of meta.spans) spans.set(h, (spans.get(h) ?? 0) + 1);
      tables.apply(meta.votes, 1);
      tables.apply(meta.names, 1);
      for (const e of meta.ids) entities.add(e, 1);
      for (const kind of POSTING_KINDS) addPostings(bySlot[kind], keysOf(meta, kind), slot);
      return meta.key;
    });
    const spanKeys = Float64Array.from(spans.keys()).sort();
    const spanCounts = Int32Array.from(spanKeys, (h) => spans.get(h)!);
    const postings = Object.fromEntries(POSTING_KINDS.map((k) => [k, Postings.from(bySlot[k])])) as Record<
      PostingKind,
      Postings
    >;
    return CorpusAggregate.of({
      papers,
      keys,
      spans: { keys: spanKeys, counts: spanCounts },
      tables,
      entities,
      postings,
    });
  }

  /** The slot of stored paper `id`. */
  slot(id: string): number | undefined {
    return this.slotOf.get(id);
  }

  /** The stored papers holding any of `keys` in their list `kind` (and, rarely, a few more: see Postings). */
  holders(kind: PostingKind, keys: Iterable<number | string>): Set<string> {
    const out = new Set<string>();
    const postings = this.postings[kind];
    for (const key of keys) postings.find(postingKey(key), (slot) => out.add(this.papers[slot]!));
    return out;
  }

  /**
   * The aggregate of the records once `changed` (new metas by paper id) replace theirs and only the
   * papers `ids` are left, the statistics as this run left them (`spans`, `tables`, `entities`
   * already hold the changes).
   */
  rebased(changed: ReadonlyMap<string, CorpusRecordMeta>, ids: Iterable<string>): CorpusAggregate {
    const papers = [...ids].sort(byText);
    const newSlot = new Map(papers.map((id, slot) => [id, slot]));
    const remap = new Int32Array(this.papers.length);
    this.papers.forEach((id, slot) => {
      remap[slot] = changed.has(id) ? -1 : (newSlot.get(id) ?? -1);
    });
    const added = Object.fromEntries(POSTING_KINDS.map((k) => [k, new Map<number, number[]>()])) as Record<
      PostingKind,
      Map<number, number[]>
    >;
    for (const [id, meta] of changed) {
      const slot = newSlot.get(id);
      if (slot === undefined) continue;
      for (const kind of POSTING_KINDS) addPostings(added[kind], keysOf(meta, kind), slot);
    }
    const keys = papers.map((id) => {
      const meta = changed.get(id);
      if (meta) return meta.key;
      const slot = this.slotOf.get(id);
      if (slot === undefined)
        throw new Error(`CorpusAggregate: paper "${id}" has neither a record nor a meta`);
      return this.keys[slot]!;
    });
    const postings = Object.fromEntries(
      POSTING_KINDS.map((k) => [k, this.postings[k].update(remap, added[k])]),
    ) as Record<PostingKind, Postings>;
    return CorpusAggregate.of({
      papers,
      keys,
      spans: this.spans.merged(),
      tables: this.tables,
      entities: this.entities,
      postings,
      saved: this.saved,
    });
  }

  /**
   * As bytes: a length-prefixed JSON head (papers, keys, the hub candidates, array kinds and
   * lengths), then the arrays each at a multiple of 8 bytes: span counts, postings, and per vote
   * table and for the entity counts, bucket offsets and bucket text (see SavedBuckets).
   */
  encode(): Buffer {
    const { keys: spanKeys, counts: spanCounts } = this.spans.merged();
    const arrays: (Float64Array | Int32Array | Uint8Array)[] = [spanKeys, spanCounts];
    for (const kind of POSTING_KINDS) arrays.push(this.postings[kind].keys, this.postings[kind].slots);
    for (const name of TABLES) {
      const saved = this.saved[name] ?? null;
      const entries = (function* (table) {
        for (const [key, value, n] of table.entries(true)) yield [key, value, n];
      })(this.tables.tables[name]);
      const { offsets, text } = encodeBuckets(entries, saved);
      arrays.push(offsets, text);
    }
    const { offsets, text } = encodeBuckets(this.entities.read(), this.saved.entities ?? null);
    arrays.push(offsets, text);
    // built from metas: the candidates' floor from the corpus size; kept after that
    const floor = this.saved.entities
      ? this.entities.floor
      : Math.floor((HUB_SHARE / 2) * this.papers.length);
    const head = Buffer.from(
      JSON.stringify({
        version: VERSION,
        papers: this.papers,
        keys: this.keys,
        floor,
        candidates: this.entities.above(floor),
        lengths: arrays.map((a) => a.length),
      }),
    );
    const parts: Buffer[] = [];
    const prefix = Buffer.alloc(8);
    prefix.writeUInt32LE(head.length, 0);
    parts.push(prefix, head);
    let size = 8 + head.length;
    for (const a of arrays) {
      const pad = (8 - (size % 8)) % 8;
      if (pad > 0) parts.push(Buffer.alloc(pad));
      const bytes = Buffer.from(a.buffer, a.byteOffset, a.byteLength);
      parts.push(bytes);
      size += pad + bytes.length;
    }
    return Buffer.concat(parts, size);
  }

  /** The aggregate `bytes` encode, or undefined when they are not one (damaged, another version). */
  static decode(bytes: Uint8Array): CorpusAggregate | undefined {
    try {
      return decode(bytes);
    } catch {
      return undefined;
    }
  }
}

type BucketedName = (typeof TABLES)[number] | "entities";
/** The arrays after the head, in order, by element type. */
const ARRAY_KINDS: ("f64" | "i32" | "u8")[] = [
  "f64",
  "i32",
  ...POSTING_KINDS.flatMap(() => ["f64", "i32"] as const),
  ...[...TABLES, "entities"].flatMap(() => ["i32", "u8"] as const),
];
const BYTES = { f64: 8, i32: 4, u8: 1 } as const;

function decode(input: Uint8Array): CorpusAggregate | undefined {
  // typed arrays need their offsets aligned to 8 from the buffer's start
  const bytes = input.byteOffset % 8 === 0 ? input : Uint8Array.from(input);
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer.length < 8) return undefined;
  const headBytes = buffer.readUInt32LE(0);
  if (8 + headBytes > buffer.length) return undefined;
  const head = JSON.parse(buffer.toString("utf8", 8, 8 + headBytes)) as Record<string, unknown>;
  const { version, papers, keys, floor, candidates, lengths } = head;
  if (version !== VERSION || !isStrings(papers) || !isStrings(keys) || keys.length !== papers.length)
    return undefined;
  for (let i = 1; i < papers.length; i++) if (!(papers[i - 1]! < papers[i]!)) return undefined;
  // the candidates hold every possible hub only while the corpus is at least twice the floor's
  if (typeof floor !== "number" || floor > (HUB_SHARE / 2) * papers.length || !isStrings(candidates))
    return undefined;
  if (!Array.isArray(lengths) || lengths.length !== ARRAY_KINDS.length) return undefined;
  if (!lengths.every((n) => Number.isInteger(n) && n >= 0)) return undefined;
  const arrays: (Float64Array | Int32Array | Uint8Array)[] = [];
  let at = 8 + headBytes;
  for (let k = 0; k < ARRAY_KINDS.length; k++) {
    at += (8 - (at % 8)) % 8;
    const kind = ARRAY_KINDS[k]!;
    const length = lengths[k] as number;
    const byteLength = length * BYTES[kind];
    if (at + byteLength > buffer.length) return undefined;
    const offset = buffer.byteOffset + at;
    arrays.push(
      kind === "f64"
        ? new Float64Array(buffer.buffer, offset, length)
        : kind === "i32"
          ? new Int32Array(buffer.buffer, offset, length)
          : new Uint8Array(buffer.buffer, offset, length),
    );
    at += byteLength;
  }
  if (at !== buffer.length) return undefined;
  const [spanKeys, spanCounts] = arrays as [Float64Array, Int32Array];
  if (spanKeys.length !== spanCounts.length) return undefined;
  for (let i = 1; i < spanKeys.length; i++) if (!(spanKeys[i - 1]! < spanKeys[i]!)) return undefined;
  const postings = {} as Record<PostingKind, Postings>;
  for (let k = 0; k < POSTING_KINDS.length; k++) {
    const pKeys = arrays[2 + 2 * k] as Float64Array;
    const pSlots = arrays[3 + 2 * k] as Int32Array;
    if (pKeys.length !== pSlots.length) return undefined;
    for (let i = 0; i < pSlots.length; i++) {
      const slot = pSlots[i]!;
      if (slot < 0 || slot >= papers.length || (i > 0 && !(pKeys[i - 1]! <= pKeys[i]!))) return undefined;
    }
    postings[POSTING_KINDS[k]!] = new Postings(pKeys, pSlots);
  }
  let next = 2 + 2 * POSTING_KINDS.length;
  const buckets = (onEntries: (flat: unknown[]) => void): SavedBuckets | undefined => {
    const offsets = arrays[next++] as Int32Array;
    const text = arrays[next++] as Uint8Array;
    const count = offsets.length - 1;
    return SavedBuckets.valid(count, offsets, text)
      ? new SavedBuckets(count, offsets, text, onEntries)
      : undefined;
  };
  const saved: Partial<Record<BucketedName, SavedBuckets>> = {};
  const tables = new AliasTables();
  for (const name of TABLES) {
    const table = tables.tables[name];
    const source = buckets((flat) => {
      if (flat.length % 3 !== 0) throw new DamagedAggregate(`the ${name} votes are no triples`);
      for (let i = 0; i < flat.length; i += 3) {
        const [key, value, n] = [flat[i], flat[i + 1], flat[i + 2]];
        if (
          typeof key !== "string" ||
          typeof value !== "string" ||
          !Number.isInteger(n) ||
          (n as number) <= 0
        )
          throw new DamagedAggregate(`a ${name} vote is no [key, value, count]`);
        table.put(key, value, n as number);
      }
    });
    if (!source) return undefined;
    table.attach(source);
    saved[name] = source;
  }
  const entities = new EntityCounts(floor, candidates);
  const source = buckets((flat) => {
    if (flat.length % 2 !== 0) throw new DamagedAggregate("the entity counts are no pairs");
    for (let i = 0; i < flat.length; i += 2) {
      const [id, n] = [flat[i], flat[i + 1]];
      if (typeof id !== "string" || !Number.isInteger(n) || (n as number) <= 0)
        throw new DamagedAggregate("an entity count is no [id, count]");
      entities.put(id, n as number);
    }
  });
  if (!source) return undefined;
  entities.source = source;
  saved.entities = source;
  return CorpusAggregate.of({
    papers,
    keys,
    spans: { keys: spanKeys, counts: spanCounts },
    tables,
    entities,
    postings,
    saved,
  });
}

function addPostings(into: Map<number, number[]>, keys: readonly number[], slot: number): void {
  for (const key of keys) {
    const slots = into.get(key);
    if (!slots) into.set(key, [slot]);
    else if (slots[slots.length - 1] !== slot) slots.push(slot);
  }
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === "string");
