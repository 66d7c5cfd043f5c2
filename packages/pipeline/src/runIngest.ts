import { type AnalyticsOptions, computeAnalytics, fromPaperNode } from "@paperkg/graph";
import { readPapers } from "@paperkg/ingest";
import {
  DEFAULT_BATCH_SIZE,
  ensureSchema,
  type Neo4jConnection,
  openDriver,
  readStoredPapers,
  writeAnalytics,
  writeSnapshot,
} from "@paperkg/store";
import { createStageTimer } from "./createStageTimer.ts";
import { extractSnapshot } from "./extractSnapshot.ts";
import type { IngestReport } from "./IngestReport.ts";
import { mergeStoredPapers } from "./mergeStoredPapers.ts";
import type { PipelineListener } from "./PipelineEvent.ts";

export interface IngestOptions {
  /** Files, folders or globs (Daily-Papers text, JSON/JSONL(.gz), CSV, arXiv Atom). */
  inputs: string[];
  connection: Neo4jConnection;
  /** Rows per write transaction (default `DEFAULT_BATCH_SIZE`). */
  batchSize?: number;
  analytics?: Partial<AnalyticsOptions>;
  /** Extraction worker threads (default: one per core above a few thousand papers). */
  workers?: number;
  onEvent?: PipelineListener;
}

/**
 * read → merge with the stored papers → extract → load → analytics (communities, labels, layout,
 * PageRank) → store analytics. Every run re-extracts the union of the stored papers and the new
 * ones and syncs the graph to it, so re-running (or resuming after a crash) converges to the graph
 * a clean run gives.
 */
export async function runIngest(options: IngestOptions): Promise<IngestReport> {
  const emit = options.onEvent ?? (() => {});
  const batchSize = options.batchSize || DEFAULT_BATCH_SIZE;
  const { run, timings } = createStageTimer(emit);

  const read = await run("read", () => readPapers(options.inputs));
  const driver = openDriver(options.connection);
  try {
    const database = options.connection.database;
    const merged = await run("merge", async () => {
      await ensureSchema(driver, database);
      const stored = (await readStoredPapers(driver, database)).map(fromPaperNode);
      return { fresh: stored.length === 0, ...mergeStoredPapers(stored, read.papers) };
    });
    const { snapshot, diagnostics } = await run("extract", () =>
      extractSnapshot(merged.papers, {
        ...(options.workers !== undefined ? { workers: options.workers } : {}),
        onEvent: emit,
      }),
    );
    const written = await run("load", () =>
      writeSnapshot(driver, snapshot, {
        database,
        batchSize,
        fresh: merged.fresh,
        removePapers: merged.removed,
        onProgress: (step, done, total) => emit({ type: "progress", stage: "load", step, done, total }),
      }),
    );
    for (const [step, ms] of Object.entries(written.timings)) timings[`load:${step}`] = ms;
    const analytics = await run("analytics", () => computeAnalytics(snapshot, options.analytics ?? {}));
    await run("store-analytics", async () => {
      const total = analytics.placements.length;
      emit({ type: "progress", stage: "store-analytics", step: "placements", done: 0, total });
      await writeAnalytics(driver, snapshot, analytics, {
        database,
        batchSize,
        onProgress: (done) =>
          emit({ type: "progress", stage: "store-analytics", step: "placements", done, total }),
      });
    });
    return {
      read: read.summary,
      diagnostics: [...read.diagnostics, ...diagnostics],
      extractionProblems: diagnostics.length,
      papersInGraph: snapshot.papers.length,
      papersMergedAway: merged.removed.length,
      written,
      communities: analytics.communities.length,
      modularity: analytics.modularity,
      timings,
      peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
      analytics,
    };
  } finally {
    await driver.close();
  }
}
