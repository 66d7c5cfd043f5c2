import type { AreaSummary, CommunitySummary, GraphAnalytics, NodePlacement } from "@paperkg/core";
import type Graph from "graphology";
import { aggregateGraph } from "./aggregateGraph.ts";
import type { AnalyticsArrays } from "./analyticsArrays.ts";
import type { AnalyticsEdge } from "./buildAnalyticsGraph.ts";
import type { CommunityNode } from "./communityGraph.ts";
import { OTHER_COMMUNITY } from "./detectCommunities.ts";
import { labelCommunities } from "./labelCommunities.ts";
import { linkCandidates } from "./linkCandidates.ts";

export interface SummaryOptions {
  labelTerms: number;
  topTerms: number;
  linkCandidates: number;
}

/**
 * Placed nodes (`placements[i]` is node i of `graph`, `group[i]` its community) → the stored analytics: each community and area labelled (see labelCommunities) and
 * centred on its members, and the strongest links between them. Shared by the full computation and
 * the incremental update, so both describe their partitions the same way.
 */
export function summarizeAnalytics(
  graph: AnalyticsArrays,
  group: Int32Array,
  meta: Graph<CommunityNode, AnalyticsEdge>,
  areaOf: ReadonlyMap<number, number>,
  placements: NodePlacement[],
  modularity: number,
  options: SummaryOptions,
  /** Communities and areas whose labels the caller replaces: left unlabelled (see labelCommunities). */
  unlabelled?: { communities: ReadonlySet<number>; areas: ReadonlySet<number> },
): GraphAnalytics {
  const labelOpts = { labelTerms: options.labelTerms, topTerms: options.topTerms, otherId: OTHER_COMMUNITY };
  const centre = centroids(placements, (p) => p.community);
  const communities: CommunitySummary[] = labelCommunities(graph, group, {
    ...labelOpts,
    ...(unlabelled ? { unlabelled: unlabelled.communities } : {}),
  }).map((c) => ({
    ...c,
    area: areaOf.get(c.id) ?? OTHER_COMMUNITY,
    ...(centre.get(c.id) ?? { x: 0, y: 0 }),
  }));
  const nodeArea = group.map((c) => areaOf.get(c) ?? OTHER_COMMUNITY);
  const areaCentre = centroids(placements, (p) => areaOf.get(p.community) ?? OTHER_COMMUNITY);
  const areas: AreaSummary[] = labelCommunities(graph, nodeArea, {
    ...labelOpts,
    ...(unlabelled ? { unlabelled: unlabelled.areas } : {}),
  }).map((a) => ({
    ...a,
    communities: communities.filter((c) => c.area === a.id).length,
    ...(areaCentre.get(a.id) ?? { x: 0, y: 0 }),
  }));
  const communityLinks = linkCandidates(meta, options.linkCandidates);
  const areaLinks = linkCandidates(aggregateGraph(meta, areaOf), options.linkCandidates);
  return { placements, communities, areas, communityLinks, areaLinks, modularity };
}

/** Mean position of each group's members, hubs left out (they sit near a centre by construction). */
function centroids<T extends { x: number; y: number; hub: boolean }>(
  items: readonly T[],
  groupOf: (item: T) => number,
): Map<number, { x: number; y: number }> {
  const sums = new Map<number, { x: number; y: number; n: number }>();
  for (const p of items) {
    if (p.hub) continue;
    const g = groupOf(p);
    const s = sums.get(g) ?? { x: 0, y: 0, n: 0 };
    s.x += p.x;
    s.y += p.y;
    s.n++;
    sums.set(g, s);
  }
  const out = new Map<number, { x: number; y: number }>();
  for (const [g, s] of sums)
    out.set(g, { x: Math.round((s.x / s.n) * 1000) / 1000, y: Math.round((s.y / s.n) * 1000) / 1000 });
  return out;
}
