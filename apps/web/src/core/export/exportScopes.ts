import {
  type ExportSelector,
  isCommunityKey,
  MAX_EXPORT_IDS,
  parseAreaKey,
  type ViewCypher,
} from "@paperkg/core";
import type { ExportScope } from "./types.ts";

/** What the export menu can offer right now. */
export interface ExportContext {
  /** Ids of the nodes on the map (community nodes in the communities view). */
  ids: readonly string[];
  /** The community the map is filtered to, if any. */
  community: number | null;
  /** The selected node, if any. */
  node: string | null;
  /** The last Cypher query that ran without error, with its parameters. */
  lastCypher: ViewCypher | null;
}

/**
 * The current view (by its ids, POSTed, up to `MAX_EXPORT_IDS`; past that by its community), the
 * selection with its neighbours, and the last Cypher result — each disabled with a reason.
 */
export function exportScopes({ ids, community, node, lastCypher }: ExportContext): ExportScope[] {
  // Area nodes stand for no stored subgraph an export could select.
  const areas = ids.some((id) => parseAreaKey(id) !== null);
  const viewSelector: ExportSelector | null =
    ids.length === 0 || areas
      ? null
      : ids.length <= MAX_EXPORT_IDS
        ? { type: "ids", ids: [...ids] }
        : community !== null
          ? { type: "community", community }
          : null;
  return [
    {
      label: `Current view (${ids.length} nodes)`,
      selector: viewSelector,
      disabledReason: viewSelector
        ? undefined
        : areas
          ? "the areas overview: open an area to export its communities"
          : ids.length
            ? "too large: open a community first"
            : "the map is empty",
    },
    {
      label: "Selection and its neighbours",
      selector: node && !isCommunityKey(node) ? { type: "node", id: node, depth: 1 } : null,
      disabledReason: node ? undefined : "nothing selected",
    },
    {
      label: "Last Cypher result",
      selector: lastCypher ? { type: "cypher", query: lastCypher.query, params: lastCypher.params } : null,
      disabledReason: lastCypher ? undefined : "run a query first",
    },
  ];
}
