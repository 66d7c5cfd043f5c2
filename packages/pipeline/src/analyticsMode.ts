import type { SnapshotAnalytics, SnapshotRef } from "@paperkg/store";

/**
 * Once the graph holds more than this many papers per paper it held when communities were last
 * recomputed (or, with no such record, per stored paper), they are recomputed, not updated: days
 * of updates add up, and new papers only ever join what the last recomputation found.
 */
export const INCREMENTAL_MAX_GROWTH = 0.5;

export interface AnalyticsModeInput {
  /** `--rebuild`: recompute whatever the input. */
  rebuild: boolean;
  /** Nothing stored before this run. */
  fresh: boolean;
  /** Papers stored before, and in the graph after this run. */
  stored: number;
  papers: number;
  /** The last snapshot and this run's analytics settings. */
  last: Pick<SnapshotRef, "complete" | "settings" | "analytics" | "recomputedPapers"> | null;
  settings: string;
}

/**
 * Update communities and map from the stored ones (`incremental`) when the graph holds a partition
 * made with the same settings — by a completed ingest, or by an interrupted incremental one, whose
 * new nodes are simply placed again — and the graph has grown by at most `INCREMENTAL_MAX_GROWTH`
 * since communities were last recomputed; otherwise, or with `rebuild`, recompute them (`full`).
 */
export function analyticsMode(input: AnalyticsModeInput): SnapshotAnalytics {
  const last = input.last;
  if (input.rebuild || input.fresh || !last || last.settings !== input.settings) return "full";
  if (!last.complete && last.analytics !== "incremental") return "full";
  const since = last.recomputedPapers ?? input.stored;
  return input.papers - since <= INCREMENTAL_MAX_GROWTH * since ? "incremental" : "full";
}
