import type { Extraction, Paper } from "@paperkg/core";
import { extractPaper } from "@paperkg/extractor";

/** Extract every paper (sorted input gives byte-identical output), reporting progress. */
export async function extractAll(
  papers: readonly Paper[],
  options: { workers?: number; onProgress?: (done: number) => void },
): Promise<Extraction[]> {
  return papers.map((paper, i) => {
    if (i % 200 === 0) options.onProgress?.(i);
    return extractPaper(paper);
  });
}
