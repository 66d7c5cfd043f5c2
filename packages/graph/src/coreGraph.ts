import type Graph from "graphology";
import { UndirectedGraph } from "graphology";
import type { AnalyticsEdge, AnalyticsNode } from "./buildAnalyticsGraph.ts";

/**
 * The graph communities and layout run on: hubs left out, and each paper–entity link weighted by
 * the entity's inverse document frequency, log(N / df) / log(N), so an entity on three papers ties
 * them more than a broad concept on three thousand. Same node order as the input (seeded Louvain
 * sees the same graph every run).
 */
export function coreGraph(
  graph: Graph<AnalyticsNode, AnalyticsEdge>,
  hubs: ReadonlySet<string>,
): UndirectedGraph<AnalyticsNode, AnalyticsEdge> {
  let papers = 0;
  graph.forEachNode((_n, attrs) => {
    if (attrs.kind === "paper") papers++;
  });
  const norm = Math.log(Math.max(2, papers));
  const core = new UndirectedGraph<AnalyticsNode, AnalyticsEdge>();
  graph.forEachNode((node, attrs) => {
    if (!hubs.has(node)) core.addNode(node, attrs);
  });
  graph.forEachEdge((_e, attrs, source, target) => {
    if (hubs.has(source) || hubs.has(target)) return;
    const entity = graph.getNodeAttribute(source, "kind") === "paper" ? target : source;
    const idf = Math.max(0.05, Math.log(Math.max(2, papers) / Math.max(1, graph.degree(entity))) / norm);
    core.addEdge(source, target, { weight: attrs.weight * idf });
  });
  return core;
}
