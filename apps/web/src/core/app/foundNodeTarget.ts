import type { GraphView } from "@paperkg/core";
import type { Filters } from "../filters/index.ts";

/**
 * Where a node found by search opens: `select` it on the map as it is, or `drill` into its own
 * community. On a drill-down level (the areas, an area's communities, one community) the map and
 * its breadcrumb name a place; a node found elsewhere opens its community, so both say where it
 * is, rather than being pulled into the community shown. `community`: the node's community (null
 * when it has none, undefined while not known).
 */
export type FoundNodeTarget = { type: "select" } | { type: "drill"; community: number } | { type: "lookup" };

export function foundNodeTarget(
  view: GraphView | null,
  filters: Pick<Filters, "community">,
  community: number | null | undefined,
): FoundNodeTarget {
  const drilled = view === "areas" || view === "communities" || filters.community !== null;
  if (!drilled || community === null || community === filters.community) return { type: "select" };
  if (community === undefined) return { type: "lookup" };
  return { type: "drill", community };
}
