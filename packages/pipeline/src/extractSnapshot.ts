import type { Diagnostic, GraphSnapshot, Paper } from "@paperkg/core";
import {
  type CorpusPassResult,
  type CorpusPassStore,
  extractPapers,
  type LocalExtractionCache,
} from "@paperkg/extractor";
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
   * only over the papers whose corpus-level results can change. `loadedCommit`, when the store
   * names its records, lets `checked` apply.
   */
  corpus?: CorpusPassStore & { readonly loadedCommit?: string | undefined };
  /**
   * The corpus pass's records of commit `commit` passed the snapshot's checks before, except the
   * papers in `rejected`: papers whose result is reused unchanged from those records are not
   * checked again (see IngestMarks).
   */
  checked?: { commit: string; rejected: readonly string[] };
}

export interface ExtractedSnapshot {
  snapshot: GraphSnapshot;
  diagnostics: Diagnostic[];
  /** Papers with an entity the snapshot's checks rejected, sorted. */
  rejected: string[];
  /**
   * The papers whose extraction is the corpus pass's stored record of commit `commit`, reused
   * unchanged (none without a named commit, or after a full pass).
   */
  reused: { commit: string | undefined; papers: ReadonlySet<string> };
}

/**
 * Papers → extractions (one corpus-level alias resolution) → the graph snapshot to store or export.
 * Papers sorted by id give byte-identical output. Reports `extract` progress and notices (capped or
 * empty papers); the snapshot's diagnostics are extraction problems that kept a link out.
 */
export async function extractSnapshot(
  papers: readonly Paper[],
  options: ExtractSnapshotOptions = {},
): Promise<ExtractedSnapshot> {
  const emit = options.onEvent ?? (() => {});
  const total = papers.length;
  let pass: Omit<CorpusPassResult, "extractions"> | undefined;
  emit({ type: "progress", stage: "extract", step: "papers", done: 0, total });
  const extractions = await extractPapers(papers, {
    ...(options.workers !== undefined ? { workers: options.workers } : {}),
    ...(options.cache ? { cache: options.cache } : {}),
    ...(options.corpus ? { corpus: options.corpus } : {}),
    onCorpusPass: (r) => {
      pass = r;
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
      });
    },
    onProgress: (done) => emit({ type: "progress", stage: "extract", step: "papers", done, total }),
    onNotice: (notice) =>
      emit({
        type: "notice",
        stage: "extract",
        code: notice.code,
        message: notice.message,
      }),
  });
  const commit = options.corpus?.loadedCommit || undefined;
  const reused: ReadonlySet<string> = commit && pass ? pass.reused : new Set();
  const checked = options.checked;
  const rejectedBefore = checked && commit === checked.commit ? new Set(checked.rejected) : undefined;
  const built = buildSnapshot(
    papers,
    extractions,
    rejectedBefore ? { checked: (id) => reused.has(id) && !rejectedBefore.has(id) } : {},
  );
  return { ...built, reused: { commit, papers: reused } };
}
