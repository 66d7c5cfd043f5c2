import type Graph from "graphology";
import louvain from "graphology-communities-louvain";
import type { AnalyticsEdge } from "./buildAnalyticsGraph.ts";
import type { CommunityNode } from "./communityGraph.ts";
import { mulberry32 } from "./mulberry32.ts";
import { stableIds } from "./stableId.ts";

export interface AreaOptions {
  seed: number;
  /** Aim for about this many areas per √(communities), within [minAreas, maxAreas]. */
  areasPerRootCommunity: number;
  minAreas: number;
  maxAreas: number;
}

/**
 * The level above communities: Louvain on the community graph, its resolution searched (a few
 * seeded runs) so a corpus of a thousand communities gets a few dozen areas. Returns community id →
 * area id, ids derived from the smallest member community id, so they are as stable as those.
 */
export function detectAreas(
  meta: Graph<CommunityNode, AnalyticsEdge>,
  options: AreaOptions,
): Map<number, number> {
  const communities = meta.order;
  const target = Math.min(
    options.maxAreas,
    Math.max(options.minAreas, Math.round(Math.sqrt(communities) * options.areasPerRootCommunity)),
  );
  let best: Record<string, number> = {};
  if (meta.size > 0) {
    const run = (resolution: number) => {
      const partition = louvain(meta, { rng: mulberry32(options.seed), resolution, getEdgeWeight: "weight" });
      return { partition, count: new Set(Object.values(partition)).size };
    };
    // More resolution, more areas: bisect on log(resolution).
    let lo = Math.log(0.01);
    let hi = Math.log(10);
    let bestGap = Number.POSITIVE_INFINITY;
    for (let step = 0; step < 12; step++) {
      const mid = (lo + hi) / 2;
      const { partition, count } = run(Math.exp(mid));
      if (Math.abs(count - target) < bestGap) {
        best = partition;
        bestGap = Math.abs(count - target);
      }
      if (count === target) break;
      if (count < target) lo = mid;
      else hi = mid;
    }
  }
  const members = new Map<string, number[]>();
  meta.forEachNode((node) => {
    const group = String(best[node] ?? `alone:${node}`);
    const list = members.get(group);
    if (list) list.push(Number(node));
    else members.set(group, [Number(node)]);
  });
  const keyOf = new Map<string, string>();
  for (const [group, ids] of members) keyOf.set(group, String(Math.min(...ids)).padStart(6, "0"));
  const areaOfKey = stableIds([...keyOf.values()], "area:");
  const areaOf = new Map<number, number>();
  for (const [group, ids] of members) for (const c of ids) areaOf.set(c, areaOfKey.get(keyOf.get(group)!)!);
  return areaOf;
}
