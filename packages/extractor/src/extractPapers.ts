import { availableParallelism } from "node:os";
import type { Extraction } from "@paperkg/core";
import type { CorpusPassStore } from "./CorpusPassStore.ts";
import { ExtractorError } from "./ExtractorError.ts";
import type { ExtractOptions } from "./extractOptions.ts";
import { extractorFingerprint } from "./extractorFingerprint.ts";
import type { ExtractNotice, PaperText } from "./extractPaper.ts";
import { extractPapersLocal } from "./extractPapersLocal.ts";
import { extractPapersParallel } from "./extractPapersParallel.ts";
import { cachedEntities, type LocalExtractionCache, localCacheKey } from "./LocalExtractionCache.ts";
import { raiseInterruptBudget } from "./raiseInterruptBudget.ts";
import { resolveCorpusAliases } from "./resolveCorpusAliases.ts";
import { type CorpusPassResult, runCorpusPass } from "./runCorpusPass.ts";

export interface ExtractPapersOptions extends Partial<ExtractOptions> {
  /** Worker threads; 1 runs in this thread. Default: one per core for 2,000+ papers, else 1. */
  workers?: number;
  onProgress?: (done: number) => void;
  /** Called once per capped or empty paper (the run goes on). */
  onNotice?: (notice: ExtractNotice) => void;
  /**
   * Per-paper results of earlier runs: papers found there skip the per-paper phase (and its
   * notices); the others are extracted and added. The corpus pass always runs over all papers.
   */
  cache?: LocalExtractionCache;
  /**
   * The corpus pass's records of earlier runs (with `cache`): the pass then runs only over the
   * papers whose corpus-level results can change (`runCorpusPass`). Without it, over every paper.
   */
  corpus?: CorpusPassStore;
  /**
   * With `corpus`: papers whose stored result the pass reuses are parsed when their entities are
   * first read (see `runCorpusPass`'s `deferStored`; a damaged record then throws `STORED_RECORD`).
   */
  deferStored?: boolean;
  /** Called once with what the corpus pass did (with `corpus`). */
  onCorpusPass?: (result: Omit<CorpusPassResult, "extractions">) => void;
}

const PARALLEL_THRESHOLD = 2_000;

/**
 * Corpus-level extraction: every paper's entities, then one alias resolution across all of them
 * (stable ids, acronym ↔ long form, variant → family). Same papers in, byte-identical JSON out.
 */
export async function extractPapers(
  papers: readonly PaperText[],
  options: ExtractPapersOptions = {},
): Promise<Extraction[]> {
  raiseInterruptBudget();
  const {
    workers: requested,
    onProgress,
    onNotice,
    cache,
    corpus,
    onCorpusPass,
    deferStored,
    ...extract
  } = options;
  const fingerprint = cache ? extractorFingerprint(extract) : "";
  const keys = cache ? papers.map((p) => localCacheKey(p, fingerprint)) : [];
  const hits: boolean[] = cache ? keys.map((k) => cache.has(k)) : [];
  const missing = cache ? papers.filter((_p, i) => !hits[i]) : papers;
  const workers = requested ?? (missing.length >= PARALLEL_THRESHOLD ? availableParallelism() : 1);
  // progress counts cached papers as done at once
  const cached = papers.length - missing.length;
  const progress = onProgress && cached > 0 ? (done: number) => onProgress(cached + done) : onProgress;
  if (onProgress && cached > 0) onProgress(cached);
  const local =
    missing.length === 0
      ? { extractions: [], notices: [] }
      : workers > 1
        ? await extractPapersParallel(missing, {
            workers,
            extract,
            ...(progress ? { onProgress: progress } : {}),
          })
        : extractPapersLocal(missing, extract, progress);
  if (onNotice) for (const n of local.notices) onNotice(n);
  if (!cache) return resolveCorpusAliases(local.extractions, papers);
  if (corpus) {
    // per-paper results read and parsed only for the papers the corpus pass runs over; one just
    // extracted is handed over as it is the first time (no copy of a whole corpus in memory)
    const unused = new Map<number, Extraction>();
    let k = 0;
    papers.forEach((_p, i) => {
      if (hits[i]) return;
      const x = local.extractions[k++]!;
      cache.set(keys[i]!, JSON.stringify(x.entities));
      unused.set(i, x);
    });
    local.extractions.length = 0;
    const { extractions, ...summary } = runCorpusPass({
      papers,
      keys,
      perPaper: (i) => {
        const x = unused.get(i);
        if (x) {
          unused.delete(i);
          return x;
        }
        const json = cache.get(keys[i]!);
        if (json === undefined)
          throw new ExtractorError(
            "INTERNAL",
            `extractPapers: the cache lost the result of paper "${papers[i]!.id}"`,
          );
        return { paper: { id: papers[i]!.id, title: papers[i]!.title }, entities: cachedEntities(json) };
      },
      store: corpus,
      ...(deferStored ? { deferStored } : {}),
    });
    onCorpusPass?.(summary);
    return extractions;
  }
  let next = 0;
  const extractions: Extraction[] = papers.map((p, i) => {
    const hit = hits[i] ? cache.get(keys[i]!) : undefined;
    if (hit !== undefined) return { paper: { id: p.id, title: p.title }, entities: cachedEntities(hit) };
    const x = local.extractions[next++]!;
    // stored before the corpus pass, which rewrites what it is given
    cache.set(keys[i]!, JSON.stringify(x.entities));
    return x;
  });
  return resolveCorpusAliases(extractions, papers);
}
