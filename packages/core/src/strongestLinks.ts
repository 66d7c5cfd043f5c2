import type { GroupLink } from "./GraphSnapshot.ts";

/** Links per community a communities view draws unless asked otherwise. */
export const DEFAULT_VIEW_LINKS = 6;
/** The most links per community a view may ask for (the ingest stores this many candidates). */
export const MAX_VIEW_LINKS = 20;

/**
 * The links a communities view draws: strongest first, a link is kept while both of its ends have
 * fewer than `k` kept links — so no community draws more than `k`, and each keeps its strongest
 * links unless its neighbours are already full with stronger ones. Ties break by ids.
 */
export function strongestLinks(links: readonly GroupLink[], k: number): GroupLink[] {
  const degree = new Map<number, number>();
  const kept: GroupLink[] = [];
  const ordered = [...links].sort(
    (a, b) => b.strength - a.strength || a.source - b.source || a.target - b.target,
  );
  for (const link of ordered) {
    const a = degree.get(link.source) ?? 0;
    const b = degree.get(link.target) ?? 0;
    if (a >= k || b >= k) continue;
    degree.set(link.source, a + 1);
    degree.set(link.target, b + 1);
    kept.push(link);
  }
  return kept;
}
