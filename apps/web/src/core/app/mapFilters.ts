import { DEFAULT_FILTERS, type Filters } from "../filters/index.ts";
import type { UrlState } from "../url/urlState.ts";

/**
 * The filters the map applies itself. On the graph focus the server already kept one community
 * and applied the degree floor (on whole-graph degrees), so the client leaves those two out; a
 * Cypher result is shown as the query returned it.
 */
export function clientFilters(url: Pick<UrlState, "focus" | "filters">): Filters {
  if (url.focus.type === "cypher") return { ...DEFAULT_FILTERS, limit: url.filters.limit };
  return url.focus.type === "graph" ? { ...url.filters, community: null, minDegree: 0 } : url.filters;
}

/** Nodes the map shows whatever the filters say: the selection and the path ends. */
export function pinnedNodes(url: Pick<UrlState, "node" | "pathFrom" | "pathTo">): Set<string> {
  return new Set([url.node, url.pathFrom, url.pathTo].filter((x): x is string => Boolean(x)));
}
