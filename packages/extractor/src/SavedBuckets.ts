import { hash52 } from "./hash52.ts";

/** A saved aggregate's bytes that do not decode, found when first read: the pass sums the records instead. */
export class DamagedAggregate extends Error {}

/** The bucket of `key` among `count`. */
export const bucketOf = (key: string, count: number): number => hash52(key) % count;

/**
 * Entries saved as JSON arrays in `count` buckets by key hash (`bucketOf`), each parsed when a key
 * of it is first asked about: a day reads a few thousand of a table's hundreds of thousands of
 * keys. `onEntries` gets each bucket's flat array once (and throws DamagedAggregate when it is no
 * such array). Re-encoding copies the buckets never read as they are (`encodeBuckets`).
 */
export class SavedBuckets {
  readonly loaded: Uint8Array;

  constructor(
    readonly count: number,
    private readonly offsets: Int32Array,
    private readonly text: Uint8Array,
    private readonly onEntries: (flat: unknown[]) => void,
  ) {
    this.loaded = new Uint8Array(count);
  }

  fault(key: string): void {
    this.load(bucketOf(key, this.count));
  }

  all(): void {
    for (let b = 0; b < this.count; b++) this.load(b);
  }

  /** Bucket `b`'s bytes as saved. */
  raw(b: number): Uint8Array {
    return this.rawRange(b, b + 1);
  }

  /** The bytes of buckets `from` to `to` (exclusive) as saved. */
  rawRange(from: number, to: number): Uint8Array {
    return this.text.subarray(this.offsets[from]!, this.offsets[to]!);
  }

  /** Where bucket `b` starts in the text. */
  offset(b: number): number {
    return this.offsets[b]!;
  }

  private load(b: number): void {
    if (this.loaded[b]) return;
    this.loaded[b] = 1;
    const raw = this.raw(b);
    if (raw.length === 0) return;
    let flat: unknown;
    try {
      flat = JSON.parse(Buffer.from(raw.buffer, raw.byteOffset, raw.length).toString("utf8"));
    } catch {
      throw new DamagedAggregate(`bucket ${b} does not parse`);
    }
    if (!Array.isArray(flat)) throw new DamagedAggregate(`bucket ${b} is no array`);
    this.onEntries(flat);
  }

  /** Checks the offsets against the text (at decode, so that a read never slices past it). */
  static valid(count: number, offsets: Int32Array, text: Uint8Array): boolean {
    if (count < 1 || offsets.length !== count + 1 || offsets[0] !== 0 || offsets[count] !== text.length)
      return false;
    for (let b = 0; b < count; b++) if (offsets[b]! > offsets[b + 1]!) return false;
    return true;
  }
}

/**
 * Entries (flat `[key, ...values]` groups of `width`) as buckets: the buckets `saved` never read
 * copied as they were, the others from `entries` (every entry held in memory). Without `saved`,
 * `count` buckets from the entries alone (a power of two, about 8 entries each).
 */
export function encodeBuckets(
  entries: Iterable<unknown[]>,
  saved: SavedBuckets | null,
): { offsets: Int32Array; text: Uint8Array } {
  const groups = new Map<number, unknown[]>();
  const all: unknown[][] = [];
  for (const entry of entries) all.push(entry);
  let count = saved?.count ?? 1;
  if (!saved) while (count * 8 < all.length) count *= 2;
  for (const entry of all) {
    const b = bucketOf(entry[0] as string, count);
    const group = groups.get(b);
    if (group) group.push(...entry);
    else groups.set(b, [...entry]);
  }
  const pieces: Uint8Array[] = [];
  const offsets = new Int32Array(count + 1);
  let size = 0;
  for (let b = 0; b < count; ) {
    if (saved && !saved.loaded[b]) {
      // a run of buckets never read: copied in one piece, their offsets moved alike
      let end = b;
      while (end < count && !saved.loaded[end]) end++;
      const piece = saved.rawRange(b, end);
      const shift = size - saved.offset(b);
      for (let k = b + 1; k <= end; k++) offsets[k] = saved.offset(k) + shift;
      pieces.push(piece);
      size += piece.length;
      b = end;
      continue;
    }
    const group = groups.get(b);
    if (group) {
      const piece = Buffer.from(JSON.stringify(group));
      pieces.push(piece);
      size += piece.length;
    }
    offsets[++b] = size;
  }
  return { offsets, text: Buffer.concat(pieces, size) };
}
