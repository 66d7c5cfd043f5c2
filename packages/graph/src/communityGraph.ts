import type Graph from "graphology";
import { UndirectedGraph } from "graphology";
import type { AnalyticsEdge, AnalyticsNode } from "./buildAnalyticsGraph.ts";

export interface CommunityNode {
  /** Nodes in the community. */
  size: number;
  papers: number;
}

/**
 * One node per community (named by its id), edges weighted by the summed link weight between
 * their members, from the core graph (no hubs). The `skip` community ("other") stays out.
 */
export function communityGraph(
  graph: Graph<AnalyticsNode, AnalyticsEdge>,
  assignment: ReadonlyMap<string, number>,
  skip: number,
): UndirectedGraph<CommunityNode, AnalyticsEdge> {
  const meta = new UndirectedGraph<CommunityNode, AnalyticsEdge>();
  const ids = [...new Set(assignment.values())].filter((c) => c !== skip).sort((a, b) => a - b);
  for (const c of ids) meta.addNode(String(c), { size: 0, papers: 0 });
  graph.forEachNode((node, attrs) => {
    const c = assignment.get(node)!;
    if (c === skip) return;
    const a = meta.getNodeAttributes(String(c));
    a.size++;
    if (attrs.kind === "paper") a.papers++;
  });
  graph.forEachEdge((_e, attrs, source, target) => {
    const a = assignment.get(source)!;
    const b = assignment.get(target)!;
    if (a === b || a === skip || b === skip) return;
    const [lo, hi] = a < b ? [a, b] : [b, a];
    meta.updateUndirectedEdge(String(lo), String(hi), (e) => ({ weight: (e?.weight ?? 0) + attrs.weight }));
  });
  return meta;
}
