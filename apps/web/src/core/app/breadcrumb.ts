import type { GraphView } from "@paperkg/core";
import type { Filters } from "../filters/index.ts";

/** Where a crumb leads: the overview of areas, one area's communities, or all communities. */
export type CrumbTarget = { type: "areas" } | { type: "area"; area: number } | { type: "communities" };

/** One step of the breadcrumb: its text, and where clicking it goes (null: where the map is). */
export interface Crumb {
  label: string;
  target: CrumbTarget | null;
}

/** What the breadcrumb knows of the levels: labels, and which area holds each community. */
export interface LevelNames {
  /** Whether the graph has areas (a level above communities) to go back to. */
  hasAreas: boolean;
  areaLabel: (area: number) => string | null;
  communityLabel: (community: number) => string | null;
  areaOf: (community: number) => number | null;
}

/** The first two terms of a label ("a · b · c" → "a · b"): enough to recognise it. */
const short = (label: string) => label.split(" · ").slice(0, 2).join(" · ");

/**
 * The breadcrumb for the map's drill-down level: all areas › an area › a community. Empty when the
 * map is not on one of those levels (the whole graph, a neighbourhood).
 */
export function breadcrumb(view: GraphView, filters: Filters, names: LevelNames): Crumb[] {
  const root: Crumb = names.hasAreas
    ? { label: "All areas", target: { type: "areas" } }
    : { label: "All communities", target: { type: "communities" } };
  const areaCrumb = (area: number, current: boolean): Crumb => ({
    label: short(names.areaLabel(area) ?? `Area ${area}`),
    target: current ? null : { type: "area", area },
  });
  if (view === "areas") return [{ ...root, label: "All areas", target: null }];
  if (view === "communities") {
    if (filters.area === null) return [{ label: "All communities", target: null }];
    return [root, areaCrumb(filters.area, true)];
  }
  if (filters.community === null) return [];
  const area = names.areaOf(filters.community);
  return [
    root,
    ...(names.hasAreas && area !== null ? [areaCrumb(area, false)] : []),
    {
      label: short(names.communityLabel(filters.community) ?? `Community ${filters.community}`),
      target: null,
    },
  ];
}
