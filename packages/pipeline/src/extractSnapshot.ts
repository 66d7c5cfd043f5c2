import type { Diagnostic, Extraction, GraphSnapshot, Paper } from "@paperkg/core";
import {
  type CorpusPassResult,
  type CorpusPassStore,
  ExtractorError,
  extractPapers,
  type LocalExtractionCache,
} from "@paperkg/extractor";
import { buildSnapshot } from "@paperkg/graph";
import type { PipelineListener } from "./PipelineEvent.ts";
import { writerFingerprint } from "./writerFingerprint.ts";

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
  corpus?: CorpusPassStore & {
    readonly loadedCommit?: string | undefined;
    readonly savedCommit?: string | undefined;
  };
  /**
   * The corpus pass's records of commit `commit` passed the snapshot's checks before, except the
   * papers in `rejected`: papers whose result is reused unchanged from those records are not
   * checked again (see IngestMarks).
   */
  checked?: { commit: string; rejected: readonly string[] };
  /**
   * Each paper's snapshot part kept between runs (see FileSnapshotParts; with `corpus`, whose
   * `loadedCommit` and `savedCommit` name the records the parts belong to): a paper whose record
   * the corpus pass reuses unchanged takes its saved part, its result neither parsed nor checked.
   */
  parts?: SnapshotPartStore;
  /**
   * The code that builds the parts (default: writerFingerprint, the sources of core, graph, store
   * and pipeline): parts built by other code are not taken — a paperkg update that changes how
   * buildSnapshot makes links leaves the corpus-pass records reusable, not their parts.
   */
  writer?: string;
}

/** Where the snapshot parts are kept (the pipeline's: FileSnapshotParts). */
export interface SnapshotPartStore {
  load(commit: string | undefined): ReadonlyMap<string, string> | undefined;
  save(
    commit: string,
    changed: ReadonlyMap<string, string>,
    removed: Iterable<string>,
    options?: { all?: boolean },
  ): void;
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
  const extract = (corpus: CorpusPassStore | undefined) => {
    emit({ type: "progress", stage: "extract", step: "papers", done: 0, total });
    return extractPapers(papers, {
      ...(options.workers !== undefined ? { workers: options.workers } : {}),
      ...(options.cache ? { cache: options.cache } : {}),
      ...(corpus ? { corpus, deferStored: options.parts !== undefined } : {}),
      onCorpusPass: (r) => {
        pass = r;
        emit({
          type: "notice",
          stage: "extract",
          code: "CORPUS_PASS",
          message:
            r.mode === "full"
              ? `corpus pass over all ${total} papers`
              : `corpus pass over ${r.resolved} of ${total} papers (new, or whose terms, aliases or names the new ones change)${r.rehubbed > 0 ? `, hub flags of ${r.rehubbed} more` : ""}${r.statistics === "summed" ? "; the statistics summed from every record (none saved for them)" : ""}`,
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
  };
  const build = (extractions: Extraction[]) => {
    const commit = options.corpus?.loadedCommit || undefined;
    const reused: ReadonlySet<string> = commit && pass ? pass.reused : new Set();
    const checked = options.checked;
    const rejectedBefore = checked && commit === checked.commit ? new Set(checked.rejected) : undefined;
    const writer = options.writer ?? writerFingerprint();
    const saved =
      options.parts && reused.size > 0 && commit ? options.parts.load(`${commit}@${writer}`) : undefined;
    const partOf = (id: string) => (reused.has(id) ? saved?.get(id) : undefined);
    const fresh = new Map<string, string>();
    const built = buildSnapshot(papers, extractions, {
      ...(rejectedBefore ? { checked: (id: string) => reused.has(id) && !rejectedBefore.has(id) } : {}),
      ...(options.parts
        ? { part: partOf, onPart: (id: string, part: string) => void fresh.set(id, part) }
        : {}),
    });
    const savedCommit = options.corpus?.savedCommit;
    if (options.parts && savedCommit) {
      // a part stays while its paper's record does; the others are replaced or go
      const removed = saved ? [...saved.keys()].filter((id) => !reused.has(id) && !fresh.has(id)) : [];
      options.parts.save(`${savedCommit}@${writer}`, fresh, removed, { all: saved === undefined });
    }
    return { ...built, reused: { commit, papers: reused } };
  };
  try {
    return build(await extract(options.corpus));
  } catch (error) {
    if (!(error instanceof ExtractorError && error.code === "STORED_RECORD") || !options.corpus) throw error;
    // a stored result that does not parse, found only when read: the whole pass, its records rewritten
    const corpus = options.corpus;
    const whole: CorpusPassStore = { load: () => undefined, save: (...args) => corpus.save(...args) };
    return build(await extract(whole));
  }
}
