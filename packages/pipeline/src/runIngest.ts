import {
  type AnalyticsOptions,
  computeAnalytics,
  fromPaperNode,
  matchCommunities,
  updateAnalytics,
} from "@paperkg/graph";
import { type ReadResult, readPapers } from "@paperkg/ingest";
import {
  acquireIngestLock,
  beginSnapshot,
  completeSnapshot,
  DEFAULT_BATCH_SIZE,
  ensureSchema,
  type IngestLock,
  lastSnapshot,
  type Neo4jConnection,
  openDriver,
  readPlacements,
  readStoredPapers,
  type SnapshotRef,
  type WriteCounts,
  writeAnalytics,
  writeCommunityLineage,
  writeSnapshot,
} from "@paperkg/store";
import { analyticsMode } from "./analyticsMode.ts";
import { analyticsSettings } from "./analyticsSettings.ts";
import { createStageTimer } from "./createStageTimer.ts";
import { extractSnapshot } from "./extractSnapshot.ts";
import { FileCorpusPassStore } from "./FileCorpusPassStore.ts";
import { FileExtractionCache } from "./FileExtractionCache.ts";
import { FilePapersCache } from "./FilePapersCache.ts";
import { FilePlacementsCache } from "./FilePlacementsCache.ts";
import { FileSnapshotParts } from "./FileSnapshotParts.ts";
import { readIngestMarks, writeIngestMarks } from "./IngestMarks.ts";
import type { IngestReport } from "./IngestReport.ts";
import type { PreparedFile } from "./idleSteps.ts";
import { isUnchangedInput } from "./isUnchangedInput.ts";
import { mergeStoredPapers } from "./mergeStoredPapers.ts";
import type { PipelineListener } from "./PipelineEvent.ts";
import { writerFingerprint } from "./writerFingerprint.ts";

const RELEASE_WAIT_MS = 3_000;
/** `lap(step)` records the milliseconds since the previous lap as `timings["<stage>:<step>"]`. */
function lapTimer(timings: Record<string, number>, stage: string): (step: string) => void {
  let t0 = performance.now();
  return (step) => {
    const now = performance.now();
    timings[`${stage}:${step}`] = Math.round(now - t0);
    t0 = now;
  };
}
const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());

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
  /** Recompute everything even when the input changes nothing (`--rebuild`). */
  rebuild?: boolean;
  /** How long to wait for another ingest into the same database (default 0: stop at once). */
  lockWaitMs?: number;
  /** How long the ingest lock outlives a holder that stopped renewing it (default 5 min). */
  lockTtlMs?: number;
  /**
   * A folder for the extractor's per-paper results (FileExtractionCache) and the corpus pass's
   * records (FileCorpusPassStore): stored papers seen before under the same extractor skip the
   * per-paper phase, and the corpus pass runs only over papers whose corpus-level results the new
   * ones change. Its `ingest-marks.json` (IngestMarks) says what the last run checked and loaded:
   * papers whose result is reused unchanged are not checked again, and — while the database's last
   * snapshot is that run's — neither hashed nor written. None: every paper goes through both every run.
   */
  cacheDir?: string;
}

/**
 * read → merge with the stored papers → extract → load → analytics (communities, labels, layout,
 * PageRank) → store analytics. Every run re-extracts the union of the stored papers and the new
 * ones and syncs the graph to it, so re-running (or resuming after a crash) converges to the graph
 * a clean run gives. Runs hold the database's ingest lock, so two never interleave; an input that
 * changes no stored paper, after a completed ingest with the same analytics settings, is skipped
 * (`unchanged: true`) unless `rebuild`. Each run that writes records a `(:Snapshot)`.
 */
export async function runIngest(options: IngestOptions): Promise<IngestReport> {
  const emit = options.onEvent ?? (() => {});
  const batchSize = options.batchSize || DEFAULT_BATCH_SIZE;
  const { run, timings } = createStageTimer(emit);

  const read = await run("read", () => readPapers(options.inputs));
  const driver = openDriver(options.connection);
  const database = options.connection.database;
  let lock: IngestLock | null = null;
  /** Cache files being written, removed unless the run completes. */
  const prepared: (Promise<PreparedFile> | undefined)[] = [];
  let committed = false;
  try {
    lock = await acquireIngestLock(driver, {
      database,
      ...(options.lockWaitMs !== undefined ? { waitMs: options.lockWaitMs } : {}),
      ...(options.lockTtlMs !== undefined ? { ttlMs: options.lockTtlMs } : {}),
      onWait: (holder) =>
        emit({ type: "notice", stage: "read", code: "LOCK_WAIT", message: `waiting: ${holder}` }),
    });
    // every setting spelled out, so the CLI's explicit defaults and a library call's `{}` compare equal
    const settings = analyticsSettings(options.analytics);
    const cacheDir = options.cacheDir;
    const papersCache = cacheDir ? new FilePapersCache(cacheDir) : undefined;
    const merged = await run("merge", async () => {
      const lap = lapTimer(timings, "merge");
      await ensureSchema(driver, database);
      lap("schema");
      const last = await lastSnapshot(driver, database);
      if (!options.rebuild && last?.complete && last.settings === settings) {
        const ids = read.papers.map((p) => p.id);
        const stored = (await readStoredPapers(driver, database, ids)).map(fromPaperNode);
        lap("check");
        if (isUnchangedInput(stored, read.papers)) return { type: "unchanged" as const, last };
      }
      // the stored papers: from the cache folder's copy while nothing wrote since the last ingest
      const copy = papersCache?.load(last?.complete ? last.nonce : null);
      const stored = copy ?? (await readStoredPapers(driver, database)).map(fromPaperNode);
      lap("stored");
      const result = mergeStoredPapers(
        stored,
        read.papers,
        copy && papersCache ? (id) => papersCache.titleKey(id) : undefined,
      );
      lap("merge");
      return { type: "merged" as const, fresh: stored.length === 0, stored: stored.length, last, ...result };
    });
    if (merged.type === "unchanged") {
      emit({
        type: "notice",
        stage: "merge",
        code: "UNCHANGED",
        message: `every one of the ${read.papers.length} input papers is already stored with the same content: nothing to do (--rebuild recomputes)`,
      });
      return unchangedReport(read, merged.last, timings);
    }
    const mode = analyticsMode({
      rebuild: options.rebuild === true,
      fresh: merged.fresh,
      stored: merged.stored,
      papers: merged.papers.length,
      last: merged.last,
      settings,
    });
    const snapshotRef = await beginSnapshot(driver, database, {
      inputs: options.inputs,
      inputPapers: read.papers.length,
      settings,
      analytics: mode,
    });
    const corpus = cacheDir ? new FileCorpusPassStore(cacheDir) : undefined;
    const marks = cacheDir ? readIngestMarks(cacheDir) : undefined;
    const { snapshot, diagnostics, rejected, reused } = await run("extract", async () => {
      const cache = cacheDir ? new FileExtractionCache(cacheDir) : undefined;
      const result = await extractSnapshot(merged.papers, {
        ...(options.workers !== undefined ? { workers: options.workers } : {}),
        ...(cache && corpus ? { cache, corpus, parts: new FileSnapshotParts(cacheDir!) } : {}),
        ...(marks && marks.writer === writerFingerprint() ? { checked: marks } : {}),
        onEvent: emit,
      });
      cache?.flush();
      return result;
    });
    const saved = corpus?.savedCommit;
    const mark = (snapshot: string | null) => {
      if (cacheDir && saved)
        writeIngestMarks(cacheDir, {
          version: 2,
          writer: writerFingerprint(),
          commit: saved,
          rejected,
          snapshot,
        });
    };
    mark(null);
    // papers the last load wrote from the very records and paper this run has: nothing to hash or write
    const trusted =
      marks?.snapshot != null &&
      marks.snapshot === merged.last?.nonce &&
      marks.commit === reused.commit &&
      marks.writer === writerFingerprint();
    const unchangedPapers = trusted
      ? new Set([...reused.papers].filter((id) => merged.untouched.has(id)))
      : undefined;
    // the papers copy is written while the load and the analytics writes await the database; put in
    // place once the snapshot completed
    const papersCopy = papersCache?.prepare(snapshotRef.nonce, snapshot.papers);
    prepared.push(papersCopy);
    papersCopy?.catch(() => {}); // a failure surfaces where it is awaited, not as an unhandled rejection
    const written = await run("load", () =>
      writeSnapshot(driver, snapshot, {
        database,
        batchSize,
        fresh: merged.fresh,
        removePapers: merged.removed,
        ...(unchangedPapers ? { unchangedPapers } : {}),
        onProgress: (step, done, total) => emit({ type: "progress", stage: "load", step, done, total }),
      }),
    );
    mark(snapshotRef.nonce);
    for (const [step, ms] of Object.entries(written.timings)) timings[`load:${step}`] = ms;
    lock.assertHeld();
    // the last completed ingest's placements: from the cache folder while nothing wrote since
    const placementsCache = cacheDir ? new FilePlacementsCache(cacheDir) : undefined;
    const readPrevious = async () =>
      placementsCache?.load(merged.last?.complete ? merged.last.nonce : null) ??
      (await readPlacements(driver, database));
    // `stored`: the community and area rows and links the database holds, so only changed ones are written
    const { analytics, changed, lineage, stored } = await run("analytics", async () => {
      if (mode === "full") {
        const full = computeAnalytics(snapshot, options.analytics ?? {});
        if (merged.fresh)
          return { analytics: full, changed: full.placements, lineage: new Map(), stored: undefined };
        // a recomputation over a kept graph: communities that are the same keep their ids
        const previous = await readPrevious();
        const earlier = new Map([...previous.placements].map(([id, p]) => [id, p.community]));
        const matched = matchCommunities(earlier, full);
        return {
          analytics: matched.analytics,
          changed: matched.analytics.placements,
          lineage: matched.lineage,
          stored: previous.groups,
        };
      }
      let t0 = performance.now();
      const previous = await readPrevious();
      timings["analytics:read"] = Math.round(performance.now() - t0);
      t0 = performance.now();
      const { changed, ...updated } = updateAnalytics(snapshot, previous, options.analytics ?? {}, timings);
      timings["analytics:update"] = Math.round(performance.now() - t0);
      return { analytics: updated, lineage: new Map(), stored: previous.groups, changed };
    });
    const placementsCopy = placementsCache?.prepare(snapshotRef.nonce, analytics);
    prepared.push(placementsCopy);
    placementsCopy?.catch(() => {});
    await run("store-analytics", async () => {
      const total = changed.length;
      emit({ type: "progress", stage: "store-analytics", step: "placements", done: 0, total });
      const steps = await writeAnalytics(
        driver,
        snapshot,
        { ...analytics, placements: changed },
        {
          database,
          batchSize,
          ...(stored ? { stored } : {}),
          onProgress: (done) =>
            emit({ type: "progress", stage: "store-analytics", step: "placements", done, total }),
        },
      );
      for (const [step, ms] of Object.entries(steps)) timings[`store-analytics:${step}`] = ms;
    });
    if (lineage.size > 0) await writeCommunityLineage(driver, database, snapshotRef.seq, lineage);
    lock.assertHeld();
    const lap = lapTimer(timings, "finish");
    await completeSnapshot(driver, database, snapshotRef, {
      papers: snapshot.papers.length,
      entities: snapshot.entities.length,
      communities: analytics.communities.length,
    });
    lap("complete");
    (await placementsCopy)?.commit();
    lap("placements");
    (await papersCopy)?.commit();
    lap("papers");
    committed = true;
    return {
      unchanged: false,
      snapshot: snapshotRef.id,
      analyticsMode: mode,
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
    if (!committed) for (const file of prepared) file?.then((f) => f.discard()).catch(() => {});
    try {
      // Bounded: with Neo4j gone the driver would retry for 30 s; the lock then expires (or, on this
      // host, is taken over once this process has exited).
      if (lock) await Promise.race([lock.release().catch(() => {}), delay(RELEASE_WAIT_MS)]);
    } finally {
      await driver.close();
    }
  }
}

/** The report of a skipped run: nothing written, the graph as the last snapshot left it. */
function unchangedReport(read: ReadResult, last: SnapshotRef, timings: Record<string, number>): IngestReport {
  return {
    unchanged: true,
    snapshot: last.id,
    analyticsMode: last.analytics,
    read: read.summary,
    diagnostics: read.diagnostics,
    extractionProblems: 0,
    papersInGraph: last.papers,
    papersMergedAway: 0,
    written: {
      papers: 0,
      entities: {} as WriteCounts["entities"],
      links: {},
      changed: { papers: 0, entities: 0, links: 0 },
      timings: { papers: 0, entities: 0, links: 0, cleanup: 0 },
    },
    communities: last.communities,
    modularity: 0,
    timings,
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    analytics: {
      placements: [],
      communities: [],
      areas: [],
      communityLinks: [],
      areaLinks: [],
      modularity: 0,
    },
  };
}
