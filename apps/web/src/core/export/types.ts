/** What an export covers: the nodes on the map, one node's neighbourhood, a community, a benchmark, or a query. */
export type ExportSelector =
  | { type: "ids"; ids: readonly string[] }
  | { type: "node"; node: string; depth: 1 | 2 }
  | { type: "community"; community: number }
  | { type: "benchmark"; benchmark: string }
  | { type: "cypher"; query: string };

/** One line of the export menu: what it exports, or (with `selector: null`) why it cannot right now. */
export interface ExportScope {
  label: string;
  selector: ExportSelector | null;
  disabledReason?: string;
}

/** Longest `ids=` list an export URL carries (the server accepts 200,000 characters). */
export const MAX_EXPORT_IDS_CHARS = 190_000;
