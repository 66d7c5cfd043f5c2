import type { GraphAnalytics, GraphSnapshot } from "@paperkg/core";
import pagerank from "graphology-metrics/centrality/pagerank";
import { buildAnalyticsGraph } from "./buildAnalyticsGraph.ts";
import { detectCommunities } from "./detectCommunities.ts";
import { labelCommunities } from "./labelCommunities.ts";
import { layoutGraph } from "./layoutGraph.ts";

export interface AnalyticsOptions {
  /** Seed of Louvain and of the initial layout: same seed and input, same result. */
  seed: number;
  /** Louvain resolution: above 1 gives more, smaller communities. */
  resolution: number;
  layoutIterations: number;
  /** Above this many nodes the layout runs on the community graph. */
  aggregateAbove: number;
  labelTerms: number;
  topTerms: number;
}

export const DEFAULT_ANALYTICS_OPTIONS: AnalyticsOptions = {
  seed: 42,
  resolution: 1,
  layoutIterations: 200,
  aggregateAbove: 20_000,
  labelTerms: 3,
  topTerms: 8,
};

/** Communities (Louvain), their labels, PageRank and a ForceAtlas2 layout for every node. */
export function computeAnalytics(
  snapshot: GraphSnapshot,
  options: Partial<AnalyticsOptions> = {},
): GraphAnalytics {
  const opts = { ...DEFAULT_ANALYTICS_OPTIONS, ...options };
  const graph = buildAnalyticsGraph(snapshot);
  const { assignment, count, modularity } = detectCommunities(graph, opts);
  const rank = graph.size > 0 ? pagerank(graph, { getEdgeWeight: "weight" }) : {};
  const rankMap = new Map<string, number>();
  graph.forEachNode((n) => rankMap.set(n, rank[n] ?? 1 / Math.max(1, graph.order)));
  const communities = labelCommunities(graph, assignment, count, opts);
  const positions = layoutGraph(graph, assignment, count, rankMap, {
    seed: opts.seed,
    iterations: opts.layoutIterations,
    aggregateAbove: opts.aggregateAbove,
  });
  const placements = graph.mapNodes((id) => ({
    id,
    community: assignment.get(id) ?? 0,
    x: positions.get(id)?.x ?? 0,
    y: positions.get(id)?.y ?? 0,
    pagerank: Math.round((rankMap.get(id) ?? 0) * 1e9) / 1e9,
  }));
  const sums = communities.map(() => ({ x: 0, y: 0, n: 0 }));
  for (const p of placements) {
    const s = sums[p.community]!;
    s.x += p.x;
    s.y += p.y;
    s.n++;
  }
  const located = communities.map((c, i) => {
    const s = sums[i]!;
    return {
      ...c,
      x: s.n ? Math.round((s.x / s.n) * 1000) / 1000 : 0,
      y: s.n ? Math.round((s.y / s.n) * 1000) / 1000 : 0,
    };
  });
  return { placements, communities: located, modularity };
}
