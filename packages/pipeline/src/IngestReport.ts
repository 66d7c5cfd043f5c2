import type { Diagnostic, GraphAnalytics } from "@paperkg/core";
import type { IngestSummary } from "@paperkg/ingest";
import type { WriteCounts } from "@paperkg/store";

/** What an ingest did: the data behind the CLI's closing summary and its `--json` output. */
export interface IngestReport {
  /** The input changed no stored paper, so nothing ran past `merge` (the rest describes the graph as it was). */
  unchanged: boolean;
  /** The `(:Snapshot)` id this run recorded (or, when unchanged, the last one). */
  snapshot: string;
  read: IngestSummary;
  /** Rejected records first, then extraction problems that kept a link out of the graph. */
  diagnostics: Diagnostic[];
  /** How many of `diagnostics` are extraction problems (the rest are rejected records). */
  extractionProblems: number;
  papersInGraph: number;
  /** Stored papers deleted because they merged into another paper (their id changed). */
  papersMergedAway: number;
  written: WriteCounts;
  communities: number;
  modularity: number;
  /** Communities and map recomputed (`full`) or updated from the stored ones (`incremental`). */
  analyticsMode: "full" | "incremental";
  /** Milliseconds per stage (`read`, `merge`, …) and per load step (`load:papers`, …). */
  timings: Record<string, number>;
  /** Peak resident memory of this process (MB), extraction workers included. */
  peakRssMb: number;
  analytics: GraphAnalytics;
}
