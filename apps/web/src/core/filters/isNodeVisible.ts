import { type ApiNodeAttributes, isGroupKind } from "@paperkg/core";
import type { Filters } from "./types.ts";

/**
 * Whether a node passes the filters on the client — used on views the server did not filter
 * (ego, benchmark, path, Cypher results). Nodes in `keep` (the selection, path ends) always show.
 */
export function isNodeVisible(
  node: string,
  attrs: Pick<ApiNodeAttributes, "kind" | "community" | "published">,
  degree: number,
  filters: Filters,
  keep: ReadonlySet<string> = new Set(),
): boolean {
  if (keep.has(node)) return true;
  // Community and area nodes are a view, not a kind the filters switch off.
  if (isGroupKind(attrs.kind)) return true;
  if (!(filters.types as string[]).includes(attrs.kind)) return false;
  if (filters.community !== null && attrs.community !== filters.community) return false;
  if (degree < filters.minDegree) return false;
  if (attrs.kind === "paper" && (filters.from || filters.to)) {
    const day = attrs.published?.slice(0, 10) ?? null;
    if (day === null) return false;
    if (filters.from && day < filters.from) return false;
    if (filters.to && day > filters.to) return false;
  }
  return true;
}
