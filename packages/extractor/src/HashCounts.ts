/**
 * Counts per 52-bit hash (an integer below 2^52, such as `selectTerms`' span hashes), in two typed
 * arrays with open addressing. A `Map<number, number>` holds each such key as a heap number and
 * spends ~60–90 bytes per entry; this table spends 12 bytes per slot at most three quarters full —
 * hundreds of thousands of distinct spans on a large corpus, most counted once.
 */
export class HashCounts {
  /** Key + 1 per slot (0: empty); keys below 2^52 stay exact doubles. */
  private keys = new Float64Array(1 << 10);
  private counts = new Uint32Array(1 << 10);
  private used = 0;

  /** Adds one to `hash`'s count. */
  increment(hash: number): void {
    if ((this.used + 1) * 4 > this.keys.length * 3) this.grow();
    const slot = this.slotOf(hash);
    if (this.keys[slot] === 0) {
      this.keys[slot] = hash + 1;
      this.used++;
    }
    this.counts[slot] = this.counts[slot]! + 1;
  }

  /** The count of `hash` (0 when never counted). */
  get(hash: number): number {
    const slot = this.slotOf(hash);
    return this.keys[slot] === 0 ? 0 : this.counts[slot]!;
  }

  get size(): number {
    return this.used;
  }

  /** The slot holding `hash`, or the empty slot where it goes (linear probing). */
  private slotOf(hash: number): number {
    const mask = this.keys.length - 1;
    const stored = hash + 1;
    // both halves of the key mixed into the start slot
    let slot = Math.imul((hash >>> 0) ^ Math.floor(hash / 0x100000000), 0x9e3779b1) & mask;
    for (;;) {
      const k = this.keys[slot]!;
      if (k === stored || k === 0) return slot;
      slot = (slot + 1) & mask;
    }
  }

  private grow(): void {
    const keys = this.keys;
    const counts = this.counts;
    this.keys = new Float64Array(keys.length * 2);
    this.counts = new Uint32Array(keys.length * 2);
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i]!;
      if (k === 0) continue;
      const slot = this.slotOf(k - 1);
      this.keys[slot] = k;
      this.counts[slot] = counts[i]!;
    }
  }
}
