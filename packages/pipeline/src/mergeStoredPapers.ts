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
 * that met its arXiv id), to delete from the graph. `untouched`: ids of the stored papers that no
 * incoming record merged into, so they come out exactly as stored. `titleKey`: a stored paper's
 * normalizeTitle when known (saved with the papers copy), so 70,000 titles are not normalised again.
 */
export function mergeStoredPapers(
  stored: readonly Paper[],
  incoming: readonly Paper[],
  titleKey: (id: string) => string | undefined = () => undefined,
): { papers: Paper[]; removed: string[]; untouched: Set<string> } {
  const merger = new PaperMerger();
  const copies = new Map<Paper, Paper>();
  for (const p of stored) {
    const c = copy(p);
    copies.set(c, p);
    merger.add(c, titleKey(p.id)); // undefined: add normalises the title
  }
  for (const p of incoming) merger.add(copy(p));
  const papers = [...merger.papers].sort(byId);
  const kept = new Set(papers.map((p) => p.id));
  const removed = [...new Set(stored.map((p) => p.id))].filter((id) => !kept.has(id)).sort();
  const untouched = new Set<string>();
  for (const p of papers) {
    const original = copies.get(p);
    if (original && sameFields(p, original)) untouched.add(p.id);
  }
  return { papers, removed, untouched };
}

/**
 * True when `mergePaper` left the copy as it was: it only ever replaces fields (a fresh array for a
 * union) or appends to `sources`, so equal references and an equal `sources` length say so.
 */
function sameFields(merged: Paper, original: Paper): boolean {
  const keys = Object.keys(merged) as (keyof Paper)[];
  if (keys.length !== Object.keys(original).length) return false;
  return keys.every((k) =>
    k === "sources" ? merged.sources.length === original.sources.length : merged[k] === original[k],
  );
}
