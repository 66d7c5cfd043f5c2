export { graphQuery } from "./graphQuery.ts";
export { isNodeVisible } from "./isNodeVisible.ts";
export { DEFAULT_FILTERS, DEFAULT_LIMIT, FILTER_KINDS, FilterKind, Filters } from "./types.ts";
