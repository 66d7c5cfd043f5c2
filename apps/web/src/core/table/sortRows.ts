export type SortDir = "asc" | "desc";
export interface SortSpec<K extends string> {
  key: K;
  dir: SortDir;
}

/** Rows sorted by one column; missing values last whatever the direction; stable. */
export function sortRows<T, K extends string>(
  rows: readonly T[],
  spec: SortSpec<K>,
  get: (row: T, key: K) => unknown,
): T[] {
  const sign = spec.dir === "asc" ? 1 : -1;
  return rows
    .map((row, i) => ({ row, i, v: get(row, spec.key) }))
    .sort((a, b) => {
      const an = a.v === null || a.v === undefined || a.v === "";
      const bn = b.v === null || b.v === undefined || b.v === "";
      if (an || bn) return an === bn ? a.i - b.i : an ? 1 : -1;
      const c =
        typeof a.v === "number" && typeof b.v === "number"
          ? a.v - b.v
          : String(a.v).localeCompare(String(b.v), undefined, { numeric: true, sensitivity: "base" });
      return c === 0 ? a.i - b.i : sign * c;
    })
    .map((x) => x.row);
}

/** Clicking a column: sort by it ascending, or flip the direction when it is already the key. */
export function toggleSort<K extends string>(spec: SortSpec<K>, key: K): SortSpec<K> {
  return spec.key === key ? { key, dir: spec.dir === "asc" ? "desc" : "asc" } : { key, dir: "asc" };
}
