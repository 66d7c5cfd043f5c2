import type Graph from "graphology";
import louvain from "graphology-communities-louvain";
import type { AnalyticsEdge, AnalyticsNode } from "./buildAnalyticsGraph.ts";
import { foldSmallGroups } from "./foldSmallGroups.ts";
import { mulberry32 } from "./mulberry32.ts";
import { stableIds } from "./stableId.ts";

/** The community of nodes that share nothing specific with the rest of the graph. */
export const OTHER_COMMUNITY = 0;

export interface CommunityResult {
  /** node → community id: content-derived (see stableIds), 0 for "other". */
  assignment: Map<string, number>;
  /** Community ids, ascending. */
  ids: number[];
  modularity: number;
}

export interface CommunityOptions {
  seed: number;
  /** Louvain resolution, as a multiple of the automatic one (which grows as √(papers / 1,000)). */
  resolution: number;
  /** Communities with fewer papers fold into their best-linked neighbour, or into "other". */
  minCommunityPapers: number;
}

/**
 * Louvain communities with a seeded RNG on the core graph (no hubs, which would merge whatever they
 * touch; see coreGraph); communities under `minCommunityPapers` papers fold into their best-linked
 * neighbour; each hub joins the community holding most of its links in the full graph. Ids derive
 * from content. Modularity's resolution limit (Fortunato & Barthélemy 2007: communities below
 * ≈ √(2m) links merge at resolution 1) would leave a corpus with a hundred communities of 20,000
 * nodes, so the resolution grows as √(papers / 1,000): a few hundred nodes per community at any scale.
 * References: Blondel et al., "Fast unfolding of communities in large networks" (2008),
 * https://arxiv.org/abs/0803.0476 (implementation from graphology-communities-louvain);
 * Fortunato & Barthélemy, "Resolution limit in community detection" (2007), https://doi.org/10.1073/pnas.0605965104
 */
export function detectCommunities(
  graph: Graph<AnalyticsNode, AnalyticsEdge>,
  core: Graph<AnalyticsNode, AnalyticsEdge>,
  hubs: ReadonlySet<string>,
  options: CommunityOptions,
): CommunityResult {
  if (graph.order === 0) return { assignment: new Map(), ids: [], modularity: 0 };
  let papers = 0;
  core.forEachNode((_n, attrs) => {
    if (attrs.kind === "paper") papers++;
  });
  let modularity = 0;
  let raw: Record<string, number> = {};
  if (core.size > 0) {
    const detailed = louvain.detailed(core, {
      rng: mulberry32(options.seed),
      resolution: louvainResolution(options.resolution, papers),
      getEdgeWeight: "weight",
    });
    raw = detailed.communities;
    modularity = Number.isFinite(detailed.modularity) ? detailed.modularity : 0;
  }
  let next = 0;
  for (const c of Object.values(raw)) next = Math.max(next, c + 1);
  const group = new Map<string, number>();
  core.forEachNode((node) => group.set(node, raw[node] ?? next++));
  const folded = foldSmallGroups(core, group, options.minCommunityPapers);

  // Key of a community: its smallest paper id (every kept community has papers).
  const keyOf = new Map<number, string>();
  core.forEachNode((node, attrs) => {
    const g = folded.get(node)!;
    if (g === -1 || attrs.kind !== "paper") return;
    const key = keyOf.get(g);
    if (key === undefined || node < key) keyOf.set(g, node);
  });
  const idOfKey = stableIds([...keyOf.values()]);
  const assignment = new Map<string, number>();
  core.forEachNode((node) => {
    const g = folded.get(node)!;
    const key = keyOf.get(g);
    assignment.set(node, key === undefined ? OTHER_COMMUNITY : idOfKey.get(key)!);
  });
  for (const hub of [...hubs].sort()) assignment.set(hub, strongestCommunity(graph, hub, assignment));
  const ids = [...new Set(assignment.values())].sort((a, b) => a - b);
  return { assignment, ids, modularity };
}

/** The resolution Louvain runs at: `resolution` × √(papers / 1,000), never below `resolution`. */
export function louvainResolution(resolution: number, papers: number): number {
  return resolution * Math.max(1, Math.sqrt(papers / 1000));
}

/** The community a node has the most link weight into (ties: smallest id); "other" when it has none. */
export function strongestCommunity(
  graph: Graph<AnalyticsNode, AnalyticsEdge>,
  node: string,
  assignment: ReadonlyMap<string, number>,
) {
  const weight = new Map<number, number>();
  graph.forEachEdge(node, (_e, attrs, source, target) => {
    const c = assignment.get(source === node ? target : source);
    if (c === undefined || c === OTHER_COMMUNITY) return;
    weight.set(c, (weight.get(c) ?? 0) + attrs.weight);
  });
  return heaviestCommunity(weight);
}

/**
 * The community with the most link weight in `weight` (community → summed weight), ties to the
 * lower id; OTHER_COMMUNITY when none has any.
 */
export function heaviestCommunity(weight: ReadonlyMap<number, number>): number {
  let best = OTHER_COMMUNITY;
  let bestWeight = 0;
  for (const [c, w] of weight) {
    if (w > bestWeight || (w === bestWeight && c < best)) {
      best = c;
      bestWeight = w;
    }
  }
  return best;
}
