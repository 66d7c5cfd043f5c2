import type { Extraction, Paper } from "@paperkg/core";
import { extractPapers } from "@paperkg/extractor";

/**
 * Corpus-level extraction (worker threads above a few thousand papers, one alias resolution across
 * all of them). Sorted input gives byte-identical output. Capped or empty papers are reported.
 */
export async function extractAll(
  papers: readonly Paper[],
  options: { workers?: number; onProgress?: (done: number) => void },
): Promise<Extraction[]> {
  return extractPapers(papers, {
    ...(options.workers !== undefined ? { workers: options.workers } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    onNotice: (notice) => process.stderr.write(`extract: ${JSON.stringify(notice)}\n`),
  });
}
