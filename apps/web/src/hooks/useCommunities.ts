import { assignCommunityColors, type CommunityList, communityColor } from "@paperkg/core";
import { useMemo } from "react";
import { api } from "../api/api.ts";
import type { Loadable } from "../core/app/types.ts";
import { useApi } from "./useApi.ts";

export interface Communities {
  list: Loadable<CommunityList>;
  /** Community id → its label. */
  labels: ReadonlyMap<number, string>;
  /** Community id → the area holding it. */
  areas: ReadonlyMap<number, number>;
  /** Whether the communities are grouped in two or more areas (the level above them). */
  hasAreas: boolean;
  /** Fill colour of a community: neighbours on the map never share one (see assignCommunityColors). */
  colorOf: (community: number | null) => string;
}

/** `/api/communities`, asked once, with the labels, areas and map-aware colours every view uses. */
export function useCommunities(): Communities {
  const list = useApi((signal) => api.communities(signal), []);
  return useMemo(() => {
    const rows = list.type === "ok" ? list.data.communities : [];
    const colors = assignCommunityColors(
      rows.flatMap((c) =>
        typeof c.x === "number" && typeof c.y === "number"
          ? [{ id: c.id, x: c.x, y: c.y, size: c.size }]
          : [],
      ),
    );
    const areas = new Map(rows.flatMap((c) => (typeof c.area === "number" ? [[c.id, c.area] as const] : [])));
    return {
      list,
      labels: new Map(rows.map((c) => [c.id, c.label])),
      areas,
      hasAreas: new Set(areas.values()).size >= 2,
      colorOf: (community) =>
        community === null ? communityColor(null) : (colors.get(community) ?? communityColor(community)),
    };
  }, [list]);
}
