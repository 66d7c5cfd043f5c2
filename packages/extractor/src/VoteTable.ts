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

  add(key: string, value: string, delta = 1): void {
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
    return this.votes.has(key);
  }

  /** Votes for `value` under `key`. */
  count(key: string, value: string): number {
    const v = this.votes.get(key);
    if (!v) return 0;
    return v.all === null ? (v.first === value ? v.n : 0) : (v.all.get(value) ?? 0);
  }

  /** The winning value under `key`, or undefined when nobody voted. */
  mode(key: string): string | undefined {
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
    const v = this.votes.get(key);
    if (!v) return { total: 0, distinct: 0 };
    if (v.all === null) return { total: v.n, distinct: 1 };
    let total = 0;
    for (const n of v.all.values()) total += n;
    return { total, distinct: v.all.size };
  }

  keys(): IterableIterator<string> {
    return this.votes.keys();
  }

  /** Every `[key, value, count]` held (what `add` of each rebuilds). */
  *entries(): Generator<[string, string, number]> {
    for (const [key, v] of this.votes) {
      if (v.all === null) yield [key, v.first, v.n];
      else for (const [value, n] of v.all) yield [key, value, n];
    }
  }
}
