import { useMemo } from "react";
import { api } from "../api/api.ts";
import type { Loadable } from "../core/app/types.ts";
import { DEFAULT_FILTERS } from "../core/filters/index.ts";
import { useApi } from "./useApi.ts";

/** Most areas the labels are read for (an ingest makes at most 60). */
const AREAS_LIMIT = 1000;

/** Area id → label, read once from the areas view when `enabled` (the graph has areas). */
export function useAreaLabels(enabled: boolean): Loadable<ReadonlyMap<number, string>> {
  const areas = useApi(
    enabled ? (signal) => api.graph("areas", { ...DEFAULT_FILTERS, limit: AREAS_LIMIT }, signal) : null,
    [enabled],
  );
  return useMemo(() => {
    if (areas.type !== "ok") return areas;
    const labels = new Map<number, string>();
    for (const n of areas.data.nodes)
      if (typeof n.attributes.area === "number") labels.set(n.attributes.area, n.attributes.label);
    return { type: "ok", data: labels };
  }, [areas]);
}
