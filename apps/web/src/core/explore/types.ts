import type { GraphPayload } from "@paperkg/core";

/** One state of the map: the graph shown and which nodes each expansion brought in. */
export interface ExploreEntry {
  title: string;
  payload: GraphPayload;
  /** node id → ids of the nodes its expansion added (for collapse). */
  expanded: Readonly<Record<string, readonly string[]>>;
}

/** The map's undo/redo history: back and forward move between entries. */
export interface ExploreState {
  past: readonly ExploreEntry[];
  present: ExploreEntry | null;
  future: readonly ExploreEntry[];
}

export const EMPTY_EXPLORE: ExploreState = { past: [], present: null, future: [] };

/** Entries kept behind the present one. */
export const HISTORY_LIMIT = 40;
