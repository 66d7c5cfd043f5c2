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
  for (const c of ids) meta.addNode(String(c), { size: 0, papers: 0 });
  for (let node = 0; node < graph.ids.length; node++) {
    const c = group[node]!;
    if (c === skip || graph.hub[node]) continue;
    const a = meta.getNodeAttributes(String(c));
    a.size++;
    if (node < graph.papers) a.papers++;
  }
  // summed per pair first (in edge order, so the sums are the same each run), then added
  const { edgePaper, edgeEntity, coreWeight } = graph;
  const span = Math.max(0, ...ids) + 1;
  const sums = new Map<number, number>();
  for (let k = 0; k < coreWeight.length; k++) {
    if (graph.hub[edgeEntity[k]!]) continue;
    const a = group[edgePaper[k]!]!;
    const b = group[edgeEntity[k]!]!;
    if (a === b || a === skip || b === skip) continue;
    const key = a < b ? a * span + b : b * span + a;
    sums.set(key, (sums.get(key) ?? 0) + coreWeight[k]!);
  }
  for (const [key, weight] of sums)
    meta.addUndirectedEdge(String(Math.floor(key / span)), String(key % span), { weight });
  return meta;
}
