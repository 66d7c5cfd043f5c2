/**
 * Counted votes per key (`key → value → count`), added and taken back as papers come and go, with
 * the winning value per key: the most frequent, ties to the shortest, then the smallest string, so
 * the order votes arrive in never matters.
 */
export class VoteTable {
  private readonly votes = new Map<string, Map<string, number>>();

  add(key: string, value: string, delta = 1): void {
    let counts = this.votes.get(key);
    if (!counts) {
      counts = new Map();
      this.votes.set(key, counts);
    }
    const n = (counts.get(value) ?? 0) + delta;
    if (n > 0) counts.set(value, n);
    else counts.delete(value);
    if (counts.size === 0) this.votes.delete(key);
  }

  has(key: string): boolean {
    return this.votes.has(key);
  }

  /** Votes for `value` under `key`. */
  count(key: string, value: string): number {
    return this.votes.get(key)?.get(value) ?? 0;
  }

  /** The winning value under `key`, or undefined when nobody voted. */
  mode(key: string): string | undefined {
    const counts = this.votes.get(key);
    if (!counts) return undefined;
    let best = "";
    let bestN = -1;
    for (const [v, n] of counts) {
      const better =
        n > bestN || (n === bestN && (v.length < best.length || (v.length === best.length && v < best)));
      if (better) [best, bestN] = [v, n];
    }
    return best;
  }

  keys(): IterableIterator<string> {
    return this.votes.keys();
  }
}
