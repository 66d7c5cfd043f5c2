import type { SnapshotAnalytics, SnapshotRef } from "@paperkg/store";

/** Above this many new papers per stored one, communities and map are recomputed, not updated. */
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
  last: Pick<SnapshotRef, "complete" | "settings" | "analytics"> | null;
  settings: string;
}

/**
 * Update communities and map from the stored ones (`incremental`) when the graph holds a partition
 * made with the same settings — by a completed ingest, or by an interrupted incremental one, whose
 * new nodes are simply placed again — and the input grows the graph by at most
 * `INCREMENTAL_MAX_GROWTH`; otherwise, or with `rebuild`, recompute them (`full`).
 */
export function analyticsMode(input: AnalyticsModeInput): SnapshotAnalytics {
  const last = input.last;
  if (input.rebuild || input.fresh || !last || last.settings !== input.settings) return "full";
  if (!last.complete && last.analytics !== "incremental") return "full";
  return input.papers - input.stored <= INCREMENTAL_MAX_GROWTH * input.stored ? "incremental" : "full";
}
