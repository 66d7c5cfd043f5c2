import { availableParallelism } from "node:os";
import type { Extraction } from "@paperkg/core";
import type { ExtractOptions } from "./extractOptions.ts";
import type { ExtractNotice, PaperText } from "./extractPaper.ts";
import { extractPapersLocal } from "./extractPapersLocal.ts";
import { extractPapersParallel } from "./extractPapersParallel.ts";
import { resolveCorpusAliases } from "./resolveCorpusAliases.ts";

export interface ExtractPapersOptions extends Partial<ExtractOptions> {
  /** Worker threads; 1 runs in this thread. Default: one per core for 2,000+ papers, else 1. */
  workers?: number;
  onProgress?: (done: number) => void;
  /** Called once per capped or empty paper (the run goes on). */
  onNotice?: (notice: ExtractNotice) => void;
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
  const { workers: requested, onProgress, onNotice, ...extract } = options;
  const workers = requested ?? (papers.length >= PARALLEL_THRESHOLD ? availableParallelism() : 1);
  const local =
    workers > 1
      ? await extractPapersParallel(papers, { workers, extract, ...(onProgress ? { onProgress } : {}) })
      : extractPapersLocal(papers, extract, onProgress);
  if (onNotice) for (const n of local.notices) onNotice(n);
  return resolveCorpusAliases(local.extractions, papers);
}
