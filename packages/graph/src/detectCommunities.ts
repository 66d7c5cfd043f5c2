import type Graph from "graphology";
import louvain from "graphology-communities-louvain";
import { mulberry32 } from "./mulberry32.ts";

export interface CommunityResult {
  /** node → community id, ids numbered 0.. by size (largest first), ties by smallest member id. */
  assignment: Map<string, number>;
  count: number;
  modularity: number;
}

/**
 * Louvain communities with a seeded RNG, renumbered so ids are stable for the same graph.
 * Reference: Blondel et al., "Fast unfolding of communities in large networks" (2008),
 * https://arxiv.org/abs/0803.0476 — implementation from graphology-communities-louvain.
 */
export function detectCommunities(
  graph: Graph,
  options: { seed: number; resolution: number },
): CommunityResult {
  if (graph.order === 0) return { assignment: new Map(), count: 0, modularity: 0 };
  const detailed = louvain.detailed(graph, {
    rng: mulberry32(options.seed),
    resolution: options.resolution,
    getEdgeWeight: "weight",
  });
  const members = new Map<number, string[]>();
  graph.forEachNode((node) => {
    const c = detailed.communities[node]!;
    const list = members.get(c);
    if (list) list.push(node);
    else members.set(c, [node]);
  });
  const ordered = [...members.values()]
    .map((nodes) => ({ nodes, first: [...nodes].sort()[0]! }))
    .sort((a, b) => b.nodes.length - a.nodes.length || (a.first < b.first ? -1 : 1));
  const assignment = new Map<string, number>();
  ordered.forEach((c, i) => {
    for (const n of c.nodes) assignment.set(n, i);
  });
  return {
    assignment,
    count: ordered.length,
    modularity: Number.isFinite(detailed.modularity) ? detailed.modularity : 0,
  };
}
