import type { Diagnostic, GraphAnalytics, Paper } from "@paperkg/core";
import { type AnalyticsOptions, buildSnapshot, computeAnalytics, fromPaperNode } from "@paperkg/graph";
import { type IngestSummary, readPapers } from "@paperkg/ingest";
import {
  DEFAULT_BATCH_SIZE,
  ensureSchema,
  type Neo4jConnection,
  openDriver,
  readStoredPapers,
  type WriteCounts,
  writeAnalytics,
  writeSnapshot,
} from "@paperkg/store";
import { createProgress, type Progress } from "./createProgress.ts";
import { extractAll } from "./extractAll.ts";
import { mergeStoredPapers } from "./mergeStoredPapers.ts";

export interface IngestOptions {
  inputs: string[];
  connection: Neo4jConnection;
  batchSize: number;
  analytics: Partial<AnalyticsOptions>;
  progress?: Progress;
  /** Worker threads for extraction (default: one per core). */
  workers?: number;
}

export interface IngestReport {
  read: IngestSummary;
  diagnostics: Diagnostic[];
  papersInGraph: number;
  written: WriteCounts;
  communities: number;
  modularity: number;
  timings: Record<string, number>;
  /** Peak resident memory of this process (MB), extraction workers included. */
  peakRssMb: number;
  analytics: GraphAnalytics;
}

/**
 * read → extract → load → analytics. Every run re-extracts the union of the stored papers and the
 * new ones and syncs the graph to it, so re-running (or resuming after a crash) converges to the
 * graph a clean run gives.
 */
export async function runIngest(options: IngestOptions): Promise<IngestReport> {
  const progress = options.progress ?? createProgress();
  const timings: Record<string, number> = {};
  const time = async <T>(stage: string, fn: () => Promise<T> | T): Promise<T> => {
    const t0 = performance.now();
    try {
      return await fn();
    } finally {
      progress.stop();
      timings[stage] = Math.round(performance.now() - t0);
    }
  };

  const read = await time("read", () => readPapers(options.inputs));
  const driver = openDriver(options.connection);
  try {
    const database = options.connection.database;
    let fresh = false;
    const papers: Paper[] = await time("merge", async () => {
      await ensureSchema(driver, database);
      const stored = (await readStoredPapers(driver, database)).map(fromPaperNode);
      fresh = stored.length === 0;
      return mergeStoredPapers(stored, read.papers);
    });
    const extractions = await time("extract", async () => {
      progress.start("extract", papers.length);
      return extractAll(papers, {
        ...(options.workers !== undefined ? { workers: options.workers } : {}),
        onProgress: (done) => progress.update(done),
      });
    });
    const { snapshot, diagnostics } = buildSnapshot(papers, extractions);
    const written = await time("load", () =>
      writeSnapshot(driver, snapshot, {
        database,
        fresh,
        batchSize: options.batchSize || DEFAULT_BATCH_SIZE,
        onProgress: (stage, done, total) => {
          if (done <= options.batchSize) progress.start(`load ${stage}`, total);
          progress.update(done, total);
        },
      }),
    );
    for (const [stage, ms] of Object.entries(written.timings)) timings[`load:${stage}`] = ms;
    const analytics = await time("analytics", () => computeAnalytics(snapshot, options.analytics));
    await time("store-analytics", async () => {
      progress.start("placements", analytics.placements.length);
      await writeAnalytics(driver, snapshot, analytics, {
        database,
        batchSize: options.batchSize || DEFAULT_BATCH_SIZE,
        onProgress: (done) => progress.update(done),
      });
    });
    return {
      read: read.summary,
      diagnostics: [...read.diagnostics, ...diagnostics],
      papersInGraph: snapshot.papers.length,
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
