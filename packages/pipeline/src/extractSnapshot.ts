import type { Diagnostic, GraphSnapshot, Paper } from "@paperkg/core";
import { extractPapers, type LocalExtractionCache } from "@paperkg/extractor";
import { buildSnapshot } from "@paperkg/graph";
import type { PipelineListener } from "./PipelineEvent.ts";

export interface ExtractSnapshotOptions {
  /** Extraction worker threads (default: one per core above a few thousand papers). */
  workers?: number;
  onEvent?: PipelineListener;
  /** Per-paper results of earlier runs (see FileExtractionCache): only papers not found are extracted. */
  cache?: LocalExtractionCache;
}

/**
 * Papers → extractions (one corpus-level alias resolution) → the graph snapshot to store or export.
 * Papers sorted by id give byte-identical output. Reports `extract` progress and notices (capped or
 * empty papers); the snapshot's diagnostics are extraction problems that kept a link out.
 */
export async function extractSnapshot(
  papers: readonly Paper[],
  options: ExtractSnapshotOptions = {},
): Promise<{ snapshot: GraphSnapshot; diagnostics: Diagnostic[] }> {
  const emit = options.onEvent ?? (() => {});
  const total = papers.length;
  emit({ type: "progress", stage: "extract", step: "papers", done: 0, total });
  const extractions = await extractPapers(papers, {
    ...(options.workers !== undefined ? { workers: options.workers } : {}),
    ...(options.cache ? { cache: options.cache } : {}),
    onProgress: (done) => emit({ type: "progress", stage: "extract", step: "papers", done, total }),
    onNotice: (notice) =>
      emit({
        type: "notice",
        stage: "extract",
        code: notice.code,
        message: notice.message,
      }),
  });
  return buildSnapshot(papers, extractions);
}
