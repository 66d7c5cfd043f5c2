import { type Extraction, fnv1a } from "@paperkg/core";
import type { ExtractOptions } from "./extractOptions.ts";
import { type ExtractNotice, extractPaperWithNotices, type PaperText } from "./extractPaper.ts";

/** Per-paper results before the corpus pass, plus what was capped or empty. */
export interface LocalResult {
  extractions: Extraction[];
  notices: ExtractNotice[];
}

/**
 * Extracts papers one by one in this thread. Identical title+abstract pairs (a paper listed
 * twice under two ids) are extracted once: the cache key is a content hash.
 */
export function extractPapersLocal(
  papers: readonly PaperText[],
  options?: Partial<ExtractOptions>,
  onProgress?: (done: number) => void,
): LocalResult {
  const cache = new Map<string, Extraction["entities"]>();
  const extractions: Extraction[] = [];
  const notices: ExtractNotice[] = [];
  for (let i = 0; i < papers.length; i++) {
    const p = papers[i]!;
    const hash = `${fnv1a(p.title)}${fnv1a(p.abstract)}${p.title.length}:${p.abstract.length}`;
    const hit = cache.get(hash);
    if (hit) {
      extractions.push({ paper: { id: p.id, title: p.title }, entities: structuredClone(hit) });
    } else {
      const r = extractPaperWithNotices(p, options);
      cache.set(hash, r.extraction.entities);
      extractions.push(r.extraction);
      notices.push(...r.notices);
    }
    if (onProgress && (i % 256 === 255 || i === papers.length - 1)) onProgress(i + 1);
  }
  return { extractions, notices };
}
