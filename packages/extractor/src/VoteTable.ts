/** The votes under one key: the first value and its count, and a map once a second value comes. */
interface Votes {
  first: string;
  n: number;
  all: Map<string, number> | null;
}

/**
 * Counted votes per key (`key → value → count`), added and taken back as papers come and go, with
 * the winning value per key: the most frequent, ties to the shortest, then the smallest string, so
 * the order votes arrive in never matters. Nearly every key only ever gets one value, so a key
 * holds a small record and a map only once a second value comes (a map per key cost ~200 bytes,
 * hundreds of thousands of keys on a large corpus).
 */
export class VoteTable {
  private readonly votes = new Map<string, Votes>();
  /** Where votes not yet read come from (a saved table read key by key), if anywhere. */
  private source: VoteSource | null = null;

  /** Reads the votes of each key from `source` when the key is first asked about. */
  attach(source: VoteSource): void {
    this.source = source;
  }

  private fault(key: string): void {
    if (this.source !== null && !this.votes.has(key)) this.source.fault(key);
  }

  add(key: string, value: string, delta = 1): void {
    this.fault(key);
    this.put(key, value, delta);
  }

  /** `add` without asking the source (what the source itself gives). */
  put(key: string, value: string, delta: number): void {
    const v = this.votes.get(key);
    if (!v) {
      if (delta > 0) this.votes.set(key, { first: value, n: delta, all: null });
      return;
    }
    if (v.all === null) {
      if (v.first === value) {
        v.n += delta;
        if (v.n <= 0) this.votes.delete(key);
      } else if (delta > 0) {
        v.all = new Map([
          [v.first, v.n],
          [value, delta],
        ]);
      }
      return;
    }
    const n = (v.all.get(value) ?? 0) + delta;
    if (n > 0) v.all.set(value, n);
    else v.all.delete(value);
    if (v.all.size === 0) this.votes.delete(key);
  }

  has(key: string): boolean {
    this.fault(key);
    return this.votes.has(key);
  }

  /** Votes for `value` under `key`. */
  count(key: string, value: string): number {
    this.fault(key);
    const v = this.votes.get(key);
    if (!v) return 0;
    return v.all === null ? (v.first === value ? v.n : 0) : (v.all.get(value) ?? 0);
  }

  /** The winning value under `key`, or undefined when nobody voted. */
  mode(key: string): string | undefined {
    this.fault(key);
    const v = this.votes.get(key);
    if (!v) return undefined;
    if (v.all === null) return v.first;
    let best = "";
    let bestN = -1;
    for (const [value, n] of v.all) {
      const better =
        n > bestN ||
        (n === bestN && (value.length < best.length || (value.length === best.length && value < best)));
      if (better) [best, bestN] = [value, n];
    }
    return best;
  }

  /** All votes under `key` and how many values they go to. */
  spread(key: string): { total: number; distinct: number } {
    this.fault(key);
    const v = this.votes.get(key);
    if (!v) return { total: 0, distinct: 0 };
    if (v.all === null) return { total: v.n, distinct: 1 };
    let total = 0;
    for (const n of v.all.values()) total += n;
    return { total, distinct: v.all.size };
  }

  keys(): IterableIterator<string> {
    this.source?.all();
    return this.votes.keys();
  }

  /**
   * Every `[key, value, count]` held (what `add` of each rebuilds); with `read`, only those read
   * from the source so far (and added since).
   */
  *entries(read = false): Generator<[string, string, number]> {
    if (!read) this.source?.all();
    for (const [key, v] of this.votes) {
      if (v.all === null) yield [key, v.first, v.n];
      else for (const [value, n] of v.all) yield [key, value, n];
    }
  }
}

/** A saved table's votes, read into a VoteTable key by key (`put` each vote of the key's group). */
export interface VoteSource {
  /** Puts the votes of `key` (and of any keys read with it), once. */
  fault(key: string): void;
  /** Puts every vote not yet read. */
  all(): void;
}
