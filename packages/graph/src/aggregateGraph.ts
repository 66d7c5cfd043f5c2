import type Graph from "graphology";
import { UndirectedGraph } from "graphology";
import type { AnalyticsEdge } from "./buildAnalyticsGraph.ts";
import type { CommunityNode } from "./communityGraph.ts";

/** The community graph one level up: one node per area, sizes and link weights summed. */
export function aggregateGraph(
  meta: Graph<CommunityNode, AnalyticsEdge>,
  groupOf: ReadonlyMap<number, number>,
): UndirectedGraph<CommunityNode, AnalyticsEdge> {
  const up = new UndirectedGraph<CommunityNode, AnalyticsEdge>();
  const key = (node: string) => String(groupOf.get(Number(node)) ?? 0);
  const nodes = meta.nodes().sort((a, b) => Number(a) - Number(b));
  for (const node of nodes) {
    const g = key(node);
    const attrs = meta.getNodeAttributes(node);
    if (!up.hasNode(g)) up.addNode(g, { size: 0, papers: 0 });
    up.updateNodeAttributes(g, (a) => ({ size: a.size + attrs.size, papers: a.papers + attrs.papers }));
  }
  meta.forEachEdge((_e, attrs, source, target) => {
    const a = key(source);
    const b = key(target);
    if (a === b) return;
    const [lo, hi] = Number(a) < Number(b) ? [a, b] : [b, a];
    up.updateUndirectedEdge(lo, hi, (e) => ({ weight: (e?.weight ?? 0) + attrs.weight }));
  });
  return up;
}
