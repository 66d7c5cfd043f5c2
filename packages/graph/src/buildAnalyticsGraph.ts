import type { GraphSnapshot, MemberKind, RelationshipType } from "@paperkg/core";
import { UndirectedGraph } from "graphology";

export interface AnalyticsNode {
  kind: MemberKind;
  label: string;
}
export interface AnalyticsEdge {
  weight: number;
}

/** Concepts link papers more loosely than named benchmarks, models, methods and tasks. */
export const LINK_WEIGHTS: Record<RelationshipType, number> = {
  PROPOSES: 1,
  USES: 1,
  EVALUATES_ON: 1,
  USES_MODEL: 1,
  ADDRESSES: 1,
  MENTIONS: 0.5,
};

/**
 * The default view for analytics: papers and entities as one undirected bipartite graph, nodes
 * added in id order so seeded algorithms see the same graph every time.
 */
export function buildAnalyticsGraph(snapshot: GraphSnapshot): UndirectedGraph<AnalyticsNode, AnalyticsEdge> {
  const graph = new UndirectedGraph<AnalyticsNode, AnalyticsEdge>();
  for (const p of snapshot.papers) graph.addNode(p.id, { kind: "paper", label: p.title });
  for (const e of snapshot.entities) graph.addNode(e.id, { kind: e.type, label: e.name });
  for (const l of snapshot.links) {
    if (!graph.hasNode(l.paper) || !graph.hasNode(l.entity)) continue;
    graph.mergeEdge(l.paper, l.entity, { weight: LINK_WEIGHTS[l.type] });
  }
  return graph;
}
