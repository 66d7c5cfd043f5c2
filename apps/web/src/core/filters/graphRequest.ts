import type { GraphQuery, GraphView, QueryValues } from "@paperkg/core";
import { MEMBER_KINDS } from "@paperkg/core";
import type { Filters } from "./types.ts";

/**
 * The `GET /api/graph` request for a view and filters (encode it with core's `GraphQuery`).
 * Defaults are left out; `types` goes only when some kind is switched off, and names every kind
 * still on, papers included (the server leaves papers out when `paper` is not among them).
 */
export function graphRequest(view: GraphView, filters: Filters): QueryValues<GraphQuery> {
  const some = filters.types.length < MEMBER_KINDS.length;
  return {
    view,
    types: some ? filters.types : null,
    community: filters.community,
    // Only the communities view reads an area.
    area: view === "communities" ? filters.area : null,
    from: filters.from,
    to: filters.to,
    minDegree: filters.minDegree > 0 ? filters.minDegree : null,
    limit: filters.limit,
  };
}
