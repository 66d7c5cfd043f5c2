import type { CommunityList, GraphView, Health } from "@paperkg/core";
import type { Loadable } from "./types.ts";

/** Above this many nodes the first view is aggregated: areas or communities. */
export const LARGE_GRAPH_NODES = 10_000;
/** Above this many communities (in at least two areas) the overview shows areas first. */
export const MANY_COMMUNITIES = 60;

/**
 * The view the map loads: the one the URL names, else one picked by the graph's size once
 * `/api/health` answers — papers and entities up to 10,000 nodes; above, one node per area when
 * there are many communities grouped in areas, else one node per community (bipartite when health
 * cannot be read). `null` while what decides is still pending. A source without the areas level
 * (`hasAreas` false: a static site) opens on communities.
 */
export function chooseView(
  requested: GraphView | null,
  health: Loadable<Health>,
  communities: Loadable<CommunityList>,
  hasAreas = true,
): GraphView | null {
  if (requested) return requested === "areas" && !hasAreas ? "communities" : requested;
  if (health.type === "error") return "bipartite";
  if (health.type !== "ok") return null;
  if (health.data.nodes <= LARGE_GRAPH_NODES) return "bipartite";
  if (communities.type === "error") return "communities";
  if (communities.type !== "ok") return null;
  const list = communities.data.communities;
  const areas = new Set(list.flatMap((c) => (c.area === null || c.area === undefined ? [] : [c.area])));
  return hasAreas && list.length > MANY_COMMUNITIES && areas.size >= 2 ? "areas" : "communities";
}
