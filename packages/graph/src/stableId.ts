/** Ids are 1..999,999: short enough for a URL, wide enough that clashes are rare (and then resolved). */
const ID_SPACE = 999_999;

/**
 * Content-derived ids: each group's key (its smallest member id) is hashed (FNV-1a, 32 bit) into
 * 1..999,999; a clash moves to the next free id in key order. The same groups give the same ids on
 * every run, whatever order Louvain found them in, so a shared `community=N` link survives a re-ingest.
 * Reference: http://www.isthe.com/chongo/tech/comp/fnv/
 */
export function stableIds(
  keys: readonly string[],
  salt = "",
  /** Ids already in use (communities kept by an incremental update): new groups avoid them. */
  inUse: Iterable<number> = [],
): Map<string, number> {
  const taken = new Set<number>(inUse);
  const ids = new Map<string, number>();
  for (const key of [...new Set(keys)].sort()) {
    let id = (fnv1a(salt + key) % ID_SPACE) + 1;
    while (taken.has(id)) id = (id % ID_SPACE) + 1;
    taken.add(id);
    ids.set(key, id);
  }
  return ids;
}

function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
