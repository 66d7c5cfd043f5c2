import type { Diagnostic, GraphAnalytics, GraphSnapshot } from "@paperkg/core";
import { type AnalyticsOptions, computeAnalytics } from "@paperkg/graph";
import { type IngestSummary, readPapers } from "@paperkg/ingest";
import { analyticsSettings } from "./analyticsSettings.ts";
import { createStageTimer } from "./createStageTimer.ts";
import { extractSnapshot } from "./extractSnapshot.ts";
import type { PipelineListener } from "./PipelineEvent.ts";

export interface BuildGraphOptions {
  analytics?: Partial<AnalyticsOptions>;
  /** Extraction worker threads (default: one per core above a few thousand papers). */
  workers?: number;
  onEvent?: PipelineListener;
}

export interface BuiltGraph {
  read: IngestSummary;
  /** Papers read from the inputs, as an ingest's snapshot counts them. */
  inputPapers: number;
  /** The analytics settings as an ingest's snapshot records them. */
  settings: string;
  /** Rejected records first, then extraction problems that kept a link out of the graph. */
  diagnostics: Diagnostic[];
  snapshot: GraphSnapshot;
  analytics: GraphAnalytics;
  timings: Record<string, number>;
}

/**
 * read → extract → analytics without a database: the graph `ingest` would store for the same
 * inputs into an empty database (papers sorted by id, as ingest extracts them). `paperkg export`
 * writes it as CSV files for neo4j-admin.
 */
export async function buildGraph(inputs: string[], options: BuildGraphOptions = {}): Promise<BuiltGraph> {
  const emit = options.onEvent ?? (() => {});
  const { run, timings } = createStageTimer(emit);
  const read = await run("read", () => readPapers(inputs));
  const papers = [...read.papers].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const { snapshot, diagnostics } = await run("extract", () =>
    extractSnapshot(papers, {
      ...(options.workers !== undefined ? { workers: options.workers } : {}),
      onEvent: emit,
    }),
  );
  const analytics = await run("analytics", () => computeAnalytics(snapshot, options.analytics ?? {}));
  return {
    read: read.summary,
    inputPapers: read.papers.length,
    settings: analyticsSettings(options.analytics),
    diagnostics: [...read.diagnostics, ...diagnostics],
    snapshot,
    analytics,
    timings,
  };
}
