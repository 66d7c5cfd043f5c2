import type { Extraction } from "@paperkg/core";
import { HUB_SHARE } from "./markHubs.ts";

/** What an extraction does to the paper graph: how many links a paper gets and how connected it is. */
export interface GraphEffect {
  papers: number;
  /** Median number of entities (every type) per paper. */
  medianLinks: number;
  /** Median number of non-hub entities per paper. */
  medianNonHubLinks: number;
  /** Share of papers sharing at least one non-hub concept or task with another paper. */
  sharedTopicShare: number;
  /** Share of papers sharing at least one non-hub entity of any type with another paper. */
  sharedAnyShare: number;
  /** Entities on more than `hubShare` of the papers, most frequent first. */
  hubs: { id: string; papers: number }[];
}

/**
 * Graph-level figures of a corpus extraction. Hubs are counted from the extraction itself
 * (document frequency over `HUB_SHARE`), whether or not the extractor marked them, so the same
 * figures can be computed for any extractor version.
 */
export function graphEffect(extractions: readonly Extraction[], hubShare = HUB_SHARE): GraphEffect {
  const df = new Map<string, number>();
  for (const x of extractions)
    for (const id of new Set(x.entities.map((e) => e.id))) df.set(id, (df.get(id) ?? 0) + 1);
  const n = extractions.length;
  const hubs = [...df]
    .filter(([, k]) => k > hubShare * n)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([id, papers]) => ({ id, papers }));
  const hubIds = new Set(hubs.map((h) => h.id));
  const links: number[] = [];
  const nonHub: number[] = [];
  let sharedTopic = 0;
  let sharedAny = 0;
  for (const x of extractions) {
    const ids = new Set(x.entities.map((e) => e.id));
    links.push(ids.size);
    const own = [...ids].filter((id) => !hubIds.has(id));
    nonHub.push(own.length);
    const shared = own.filter((id) => (df.get(id) ?? 0) >= 2);
    if (shared.length > 0) sharedAny++;
    if (shared.some((id) => id.startsWith("concept:") || id.startsWith("task:"))) sharedTopic++;
  }
  return {
    papers: n,
    medianLinks: median(links),
    medianNonHubLinks: median(nonHub),
    sharedTopicShare: n === 0 ? 0 : sharedTopic / n,
    sharedAnyShare: n === 0 ? 0 : sharedAny / n,
    hubs,
  };
}

function median(xs: number[]): number {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}
