import { UndirectedGraph } from "graphology";
import type { AnalyticsArrays } from "./analyticsArrays.ts";
import type { AnalyticsEdge } from "./buildAnalyticsGraph.ts";

export interface CommunityNode {
  /** Nodes in the community. */
  size: number;
  papers: number;
}

/**
 * One node per community (named by its id; every id in `group` but `skip`), sizes and edges from
 * the core graph (no hubs): edges weighted by the summed core weight of the links between their
 * members. The `skip` community ("other") stays out.
 */
export function communityGraph(
  graph: AnalyticsArrays,
  group: Int32Array,
  skip: number,
): UndirectedGraph<CommunityNode, AnalyticsEdge> {
  const meta = new UndirectedGraph<CommunityNode, AnalyticsEdge>();
  const ids = [...new Set(group)].filter((c) => c !== skip).sort((a, b) => a - b);
  // communities numbered 0… in id order, so a pair's key stays a small integer
  const slotOf = new Map(ids.map((c, i) => [c, i]));
  const n = graph.ids.length;
  const slot = new Int32Array(n);
  const size = new Int32Array(ids.length);
  const papers = new Int32Array(ids.length);
  for (let node = 0; node < n; node++) {
    const c = group[node]!;
    const s = c === skip ? -1 : slotOf.get(c)!;
    slot[node] = s;
    if (s < 0 || graph.hub[node]) continue;
    size[s]!++;
    if (node < graph.papers) papers[s]!++;
  }
  for (let s = 0; s < ids.length; s++) meta.addNode(String(ids[s]), { size: size[s]!, papers: papers[s]! });
  // summed per pair first (in edge order, so the sums are the same each run), then added
  const { edgePaper, edgeEntity, coreWeight } = graph;
  const span = ids.length;
  const sums = new Map<number, number>();
  for (let k = 0; k < coreWeight.length; k++) {
    if (graph.hub[edgeEntity[k]!]) continue;
    const a = slot[edgePaper[k]!]!;
    const b = slot[edgeEntity[k]!]!;
    if (a === b || a < 0 || b < 0) continue;
    const key = a < b ? a * span + b : b * span + a;
    sums.set(key, (sums.get(key) ?? 0) + coreWeight[k]!);
  }
  for (const [key, weight] of sums)
    meta.addUndirectedEdge(String(ids[Math.floor(key / span)]), String(ids[key % span]), { weight });
  return meta;
}
