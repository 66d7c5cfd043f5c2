import { normalizeTitle, type Paper } from "@paperkg/core";
import { mergePaper } from "./mergePaper.ts";

/**
 * De-duplicates papers in first-seen order: the same arXiv id, else the same normalised title
 * (unless both carry different arXiv ids), is one paper, combined by `mergePaper` (first seen wins,
 * lists unioned, every source kept). Used for the records of one run and, with the stored papers
 * added first, for the stored + new union of an ingest.
 */
export class PaperMerger {
  readonly #papers: Paper[] = [];
  readonly #byArxivId = new Map<string, Paper>();
  readonly #byTitle = new Map<string, Paper>();
  #merged = 0;

  /**
   * Add a paper; returns true when it merged into one seen before. `titleKey`: its title's
   * normalizeTitle, when the caller has it already.
   */
  add(paper: Paper, titleKey = normalizeTitle(paper.title)): boolean {
    let existing = paper.arxivId ? this.#byArxivId.get(paper.arxivId) : undefined;
    if (!existing) {
      const sameTitle = this.#byTitle.get(titleKey);
      if (sameTitle && !(sameTitle.arxivId && paper.arxivId && sameTitle.arxivId !== paper.arxivId)) {
        existing = sameTitle;
      }
    }
    if (!existing) {
      this.#papers.push(paper);
      if (paper.arxivId) this.#byArxivId.set(paper.arxivId, paper);
      if (!this.#byTitle.has(titleKey)) this.#byTitle.set(titleKey, paper);
      return false;
    }
    mergePaper(existing, paper);
    if (existing.arxivId && !this.#byArxivId.has(existing.arxivId))
      this.#byArxivId.set(existing.arxivId, existing);
    if (!this.#byTitle.has(titleKey)) this.#byTitle.set(titleKey, existing);
    this.#merged++;
    return true;
  }

  /** Distinct papers, in the order first seen. */
  get papers(): Paper[] {
    return this.#papers;
  }

  get duplicatesMerged(): number {
    return this.#merged;
  }
}
