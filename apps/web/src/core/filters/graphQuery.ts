import type { GraphView } from "@paperkg/core";
import { FILTER_KINDS, type Filters } from "./types.ts";

/** The query string of `GET /api/graph` for a view and filters; defaults are left out. */
export function graphQuery(view: GraphView, filters: Filters): string {
  const q = new URLSearchParams({ view });
  const entityTypes = filters.types.filter((t) => t !== "paper");
  if (filters.types.length < FILTER_KINDS.length) q.set("types", entityTypes.join(","));
  if (filters.community !== null) q.set("community", String(filters.community));
  if (filters.from) q.set("from", filters.from);
  if (filters.to) q.set("to", filters.to);
  if (filters.minDegree > 0) q.set("minDegree", String(filters.minDegree));
  q.set("limit", String(filters.limit));
  return q.toString();
}
