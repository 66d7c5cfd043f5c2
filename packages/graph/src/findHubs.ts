import type Graph from "graphology";
import type { AnalyticsEdge, AnalyticsNode } from "./buildAnalyticsGraph.ts";

export interface HubOptions {
  /** An entity linked to more than this share of the papers is a hub. */
  hubShare: number;
  /** …and to at least this many papers, so a small graph does not turn every shared entity into a hub. */
  hubMinPapers: number;
}

/**
 * Entities on a large share of the papers ("large language model" on a third of an ML corpus):
 * they carry little about where a paper belongs and, left in, pull every paper towards one centre.
 * The same test applies to every entity type; entities the extractor already marked as hubs count too.
 */
export function findHubs(graph: Graph<AnalyticsNode, AnalyticsEdge>, options: HubOptions): Set<string> {
  let papers = 0;
  graph.forEachNode((_n, attrs) => {
    if (attrs.kind === "paper") papers++;
  });
  const threshold = Math.max(options.hubMinPapers, options.hubShare * papers);
  const hubs = new Set<string>();
  graph.forEachNode((node, attrs) => {
    if (attrs.kind === "paper") return;
    if (attrs.hub || graph.degree(node) > threshold) hubs.add(node);
  });
  return hubs;
}
