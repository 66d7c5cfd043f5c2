export { graphRequest } from "./graphRequest.ts";
export { isNodeVisible } from "./isNodeVisible.ts";
export { DEFAULT_FILTERS, DEFAULT_LIMIT, Filters } from "./types.ts";
