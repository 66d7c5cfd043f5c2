import type { Paper } from "@paperkg/core";
import { PaperMerger } from "@paperkg/ingest";

const byId = (a: Paper, b: Paper) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
/** `mergePaper` reassigns fields and appends to `sources`: this copy keeps the caller's papers intact. */
const copy = (p: Paper): Paper => ({ ...p, sources: [...p.sources] });

/**
 * The stored papers and the ones just read, merged by ingest's one policy (`PaperMerger`,
 * `mergePaper`) with the stored copies counted as seen first — so ingesting A then B extracts
 * exactly what ingesting A and B together does. Sorted by id, so extraction does not depend on
 * input order. `removed`: stored ids that merged into a paper under another id (a title-only record
 * that met its arXiv id), to delete from the graph.
 */
export function mergeStoredPapers(
  stored: readonly Paper[],
  incoming: readonly Paper[],
): { papers: Paper[]; removed: string[] } {
  const merger = new PaperMerger();
  for (const p of stored) merger.add(copy(p));
  for (const p of incoming) merger.add(copy(p));
  const papers = [...merger.papers].sort(byId);
  const kept = new Set(papers.map((p) => p.id));
  const removed = [...new Set(stored.map((p) => p.id))].filter((id) => !kept.has(id)).sort();
  return { papers, removed };
}
