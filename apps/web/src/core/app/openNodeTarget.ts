import type { GraphView } from "@paperkg/core";
import type { UrlState } from "../url/urlState.ts";

/**
 * Where a node opened from outside the map (search, a panel's chip or list, What's new, the
 * Finder, a benchmark's papers or leaderboard) goes: `select` it on the map as it is, `drill` into
 * its own community, or `lookup` its community first. On a drill-down level (the areas, an area's
 * communities, one community) the map and its breadcrumb name a place; a node from elsewhere opens
 * its own community, so both say where it is, rather than being pulled into the community shown.
 * Elsewhere (the whole map, a neighbourhood, a benchmark's papers, a Cypher result) there is no
 * breadcrumb and the node is selected where it is, or brought in with its neighbours.
 * `community`: the node's community (null when it has none, undefined while not known).
 */
export type OpenNodeTarget = { type: "select" } | { type: "drill"; community: number } | { type: "lookup" };

export function openNodeTarget(
  view: GraphView | null,
  url: Pick<UrlState, "filters" | "focus">,
  community: number | null | undefined,
): OpenNodeTarget {
  const open = url.filters.community;
  const drilled = url.focus.type === "graph" && (view === "areas" || view === "communities" || open !== null);
  if (!drilled || community === null || community === open) return { type: "select" };
  if (community === undefined) return { type: "lookup" };
  return { type: "drill", community };
}
