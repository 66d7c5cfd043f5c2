import { type GraphAnalytics, type GraphSnapshot, MAX_VIEW_LINKS } from "@paperkg/core";
import pagerank from "graphology-metrics/centrality/pagerank";
import { analyticsArrays } from "./analyticsArrays.ts";
import { buildAnalyticsGraph } from "./buildAnalyticsGraph.ts";
import { communityGraph } from "./communityGraph.ts";
import { coreGraph } from "./coreGraph.ts";
import { detectAreas } from "./detectAreas.ts";
import { detectCommunities, OTHER_COMMUNITY } from "./detectCommunities.ts";
import { layoutGraph } from "./layoutGraph.ts";
import { summarizeAnalytics } from "./summarizeAnalytics.ts";

export interface AnalyticsOptions {
  /** Seed of Louvain and of the layout: same seed and input, same result. */
  seed: number;
  /** Louvain resolution: above 1 gives more, smaller communities. */
  resolution: number;
  /** Communities with fewer papers fold into their best-linked neighbour (or "other"). */
  minCommunityPapers: number;
  /** Entities on more than this share of the papers are hubs (and on at least hubMinPapers). */
  hubShare: number;
  hubMinPapers: number;
  /** Areas (the level above communities) per √(communities), within [minAreas, maxAreas]. */
  areasPerRootCommunity: number;
  minAreas: number;
  maxAreas: number;
  /** ForceAtlas2 iterations on the community graph. */
  layoutIterations: number;
  /** ForceAtlas2 node-iterations per community (≈ budget / n iterations for n members). */
  memberIterationBudget: number;
  /** Empty space between two communities' regions, in node spacings. */
  regionGap: number;
  labelTerms: number;
  topTerms: number;
  /** Strongest links kept per community and per area, the most a view can ask for. */
  linkCandidates: number;
}

export const DEFAULT_ANALYTICS_OPTIONS: AnalyticsOptions = {
  seed: 42,
  resolution: 1,
  minCommunityPapers: 3,
  hubShare: 0.2,
  hubMinPapers: 5,
  areasPerRootCommunity: 1.2,
  minAreas: 1,
  maxAreas: 60,
  layoutIterations: 150,
  memberIterationBudget: 5_000,
  regionGap: 3,
  labelTerms: 3,
  topTerms: 8,
  linkCandidates: MAX_VIEW_LINKS,
};

/**
 * Hubs, communities (Louvain) and the areas above them, their labels, PageRank and a map where
 * each community is a region (see layoutGraph).
 */
export function computeAnalytics(
  snapshot: GraphSnapshot,
  options: Partial<AnalyticsOptions> = {},
): GraphAnalytics {
  const opts = { ...DEFAULT_ANALYTICS_OPTIONS, ...options };
  const arrays = analyticsArrays(snapshot, opts);
  const graph = buildAnalyticsGraph(snapshot);
  const hubs = arrays.hubs;
  const core = coreGraph(graph, hubs);
  const { assignment, modularity } = detectCommunities(graph, core, hubs, opts);
  const group = Int32Array.from(arrays.ids, (id) => assignment.get(id) ?? OTHER_COMMUNITY);
  const meta = communityGraph(arrays, group, OTHER_COMMUNITY);
  const areaOf = detectAreas(meta, opts);
  if ([...assignment.values()].includes(OTHER_COMMUNITY)) areaOf.set(OTHER_COMMUNITY, OTHER_COMMUNITY);
  const rank = graph.size > 0 ? pagerank(graph, { getEdgeWeight: "weight" }) : {};
  const positions = layoutGraph(core, hubs, assignment, meta, areaOf, {
    seed: opts.seed,
    iterations: opts.layoutIterations,
    memberIterationBudget: opts.memberIterationBudget,
    regionGap: opts.regionGap,
  });
  const placements = graph.mapNodes((id) => ({
    id,
    community: assignment.get(id) ?? OTHER_COMMUNITY,
    x: positions.get(id)?.x ?? 0,
    y: positions.get(id)?.y ?? 0,
    pagerank: Math.round((rank[id] ?? 1 / Math.max(1, graph.order)) * 1e9) / 1e9,
    hub: hubs.has(id),
  }));
  return summarizeAnalytics(arrays, group, meta, areaOf, placements, modularity, opts);
}
