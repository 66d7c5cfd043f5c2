import {
  type GraphSnapshot,
  type MemberKind,
  RELATIONSHIP_TYPES,
  type RelationshipType,
  USE_RELATIONSHIPS,
} from "@paperkg/core";
import { UndirectedGraph } from "graphology";

export interface AnalyticsNode {
  kind: MemberKind;
  label: string;
  /** Marked as a hub by the extractor (see findHubs for the test applied to every type). */
  hub?: boolean;
}
export interface AnalyticsEdge {
  weight: number;
}

/** Concepts link papers more loosely than named benchmarks, models, methods and tasks. */
export const LINK_WEIGHTS = Object.fromEntries(
  RELATIONSHIP_TYPES.map((type) => [type, type === USE_RELATIONSHIPS.concept ? 0.5 : 1]),
) as Record<RelationshipType, number>;

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
