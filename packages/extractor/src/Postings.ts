/**
 * Which papers hold each key: keys sorted (a number each: a span hash, or a string's `hash52`)
 * with the slot of a paper holding it alongside, in two typed arrays — millions of entries at
 * corpus scale, read from a file without parsing and searched by bisection. A lookup may name a
 * paper that does not hold the key (two strings hashed alike): callers check the paper's own list.
 */
export class Postings {
  constructor(
    readonly keys: Float64Array,
    readonly slots: Int32Array,
  ) {}

  /** From `key → slots`. */
  static from(bySlot: ReadonlyMap<number, readonly number[]>): Postings {
    const keys = Float64Array.from(bySlot.keys()).sort();
    let total = 0;
    for (const slots of bySlot.values()) total += slots.length;
    const outKeys = new Float64Array(total);
    const outSlots = new Int32Array(total);
    let at = 0;
    for (const key of keys) {
      for (const slot of bySlot.get(key)!) {
        outKeys[at] = key;
        outSlots[at++] = slot;
      }
    }
    return new Postings(outKeys, outSlots);
  }

  /** Calls `visit` with the slot of each paper holding `key`. */
  find(key: number, visit: (slot: number) => void): void {
    let lo = 0;
    let hi = this.keys.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.keys[mid]! < key) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < this.keys.length && this.keys[i] === key; i++) visit(this.slots[i]!);
  }

  /**
   * These postings with each slot renumbered through `remap` (old slot → new slot; -1: the
   * paper's postings go) and `added` (key → new slots) merged in, still sorted.
   */
  update(remap: Int32Array, added: ReadonlyMap<number, readonly number[]>): Postings {
    const { keys: oldKeys, slots: oldSlots } = this;
    let kept = 0;
    for (let i = 0; i < oldSlots.length; i++) if (remap[oldSlots[i]!]! >= 0) kept++;
    const addedKeys = Float64Array.from(added.keys()).sort();
    let addedTotal = 0;
    for (const slots of added.values()) addedTotal += slots.length;
    const keys = new Float64Array(kept + addedTotal);
    const slots = new Int32Array(kept + addedTotal);
    let at = 0;
    let i = 0;
    for (let k = 0; k <= addedKeys.length; k++) {
      const limit = k < addedKeys.length ? addedKeys[k]! : Number.POSITIVE_INFINITY;
      for (; i < oldKeys.length && oldKeys[i]! < limit; i++) {
        const slot = remap[oldSlots[i]!]!;
        if (slot < 0) continue;
        keys[at] = oldKeys[i]!;
        slots[at++] = slot;
      }
      if (k === addedKeys.length) break;
      for (const slot of added.get(limit)!) {
        keys[at] = limit;
        slots[at++] = slot;
      }
    }
    return new Postings(keys, slots);
  }
}
