import { normalizeTitle, type Paper } from "@paperkg/core";

/**
 * De-duplicates papers in first-seen order: the same arXiv id, else the same normalised title
 * (unless both carry different arXiv ids), is one paper. Metadata is unioned, every source kept.
 */
export class PaperMerger {
  readonly #papers: Paper[] = [];
  readonly #byArxivId = new Map<string, Paper>();
  readonly #byTitle = new Map<string, Paper>();
  #merged = 0;

  /** Add a paper; returns true when it merged into one seen before. */
  add(paper: Paper): boolean {
    const titleKey = normalizeTitle(paper.title);
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
    mergeInto(existing, paper);
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

/** Union `incoming` into `target` (in place): first values win, lists are unioned, counts take the max. */
export function mergeInto(target: Paper, incoming: Paper): void {
  if (!target.arxivId && incoming.arxivId) {
    target.arxivId = incoming.arxivId;
    target.id = incoming.arxivId;
  }
  if (incoming.abstract.length > target.abstract.length * 1.5) target.abstract = incoming.abstract;
  if (incoming.authors && (!target.authors || incoming.authors.length > target.authors.length)) {
    target.authors = incoming.authors;
  }
  target.authorsCount = maxDefined(target.authorsCount, incoming.authorsCount);
  if (target.authorsCount === undefined) delete target.authorsCount;
  if (!target.published && incoming.published) {
    target.published = incoming.published;
    delete target.dateText;
  }
  if (!target.published && !target.dateText && incoming.dateText) target.dateText = incoming.dateText;
  target.upvotes = maxDefined(target.upvotes, incoming.upvotes);
  if (target.upvotes === undefined) delete target.upvotes;
  if (!target.organization && incoming.organization) target.organization = incoming.organization;
  if (incoming.categories) target.categories = union(target.categories ?? [], incoming.categories);
  target.codeUrls = union(target.codeUrls, incoming.codeUrls);
  target.sources.push(...incoming.sources);
}

function maxDefined(a: number | undefined, b: number | undefined): number | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return Math.max(a, b);
}

function union(a: string[], b: string[]): string[] {
  return b.every((x) => a.includes(x)) ? a : [...new Set([...a, ...b])];
}
