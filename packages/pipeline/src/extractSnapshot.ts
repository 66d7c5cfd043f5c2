import type { Diagnostic, GraphSnapshot, Paper } from "@paperkg/core";
import { type CorpusPassStore, extractPapers, type LocalExtractionCache } from "@paperkg/extractor";
import { buildSnapshot } from "@paperkg/graph";
import type { PipelineListener } from "./PipelineEvent.ts";

export interface ExtractSnapshotOptions {
  /** Extraction worker threads (default: one per core above a few thousand papers). */
  workers?: number;
  onEvent?: PipelineListener;
  /** Per-paper results of earlier runs (see FileExtractionCache): only papers not found are extracted. */
  cache?: LocalExtractionCache;
  /**
   * The corpus pass's records of earlier runs (see FileCorpusPassStore; with `cache`): the pass runs
   * only over the papers whose corpus-level results can change.
   */
  corpus?: CorpusPassStore;
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
    ...(options.corpus ? { corpus: options.corpus } : {}),
    onCorpusPass: (r) =>
      emit({
        type: "notice",
        stage: "extract",
        code: "CORPUS_PASS",
        message:
          r.mode === "full"
            ? `corpus pass over all ${total} papers`
            : `corpus pass over ${r.resolved} of ${total} papers (new, or whose terms, aliases or names the new ones change)${r.rehubbed > 0 ? `, hub flags of ${r.rehubbed} more` : ""}`,
        counts:
          r.mode === "full"
            ? { papers: total, of: total, rehubbed: 0 }
            : { papers: r.resolved, of: total, rehubbed: r.rehubbed },
      }),
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
