import type { Paper } from "@paperkg/core";

/**
 * The one paper-merge policy, used when a listing repeats a paper, when two files hold it, and when
 * an ingest meets a paper already stored in Neo4j (the stored copy counts as seen first).
 *
 * **The first-seen record wins**, except where a later record is plainly more complete:
 * - `title`, `organization`, `comment`, `published`/`dateText`: the first value stays; a later one only fills a
 *   gap (an ISO `published` replaces a free-text `dateText`).
 * - `arxivId` (and with it `id`): taken from the first record that has one — the arXiv id is the
 *   paper's canonical name.
 * - `abstract`: the longest copy (listing pages truncate abstracts); ties keep the first.
 * - `authors`: the longest list; `authorsCount`, `upvotes`: the largest (counts only grow).
 * - `categories`, `codeUrls`, `sources`: unions, first-seen order, no repeats.
 *
 * Why first-seen rather than newest: what a user already sees (title, id, labels) does not change
 * because a later listing spells it differently, and the merge is associative — so ingesting A and
 * then B gives exactly the graph of ingesting A and B together, and a re-run after a crash converges
 * to the clean run. To correct a stored paper, re-ingest its files into an emptied database.
 *
 * Mutates and returns `target`.
 */
export function mergePaper(target: Paper, incoming: Paper): Paper {
  if (!target.arxivId && incoming.arxivId) {
    target.arxivId = incoming.arxivId;
    target.id = incoming.arxivId;
  }
  if (incoming.abstract.length > target.abstract.length) target.abstract = incoming.abstract;
  if (incoming.authors && (!target.authors || incoming.authors.length > target.authors.length)) {
    target.authors = incoming.authors;
  }
  setOrDelete(target, "authorsCount", maxDefined(target.authorsCount, incoming.authorsCount));
  if (!target.published && incoming.published) {
    target.published = incoming.published;
    delete target.dateText;
  }
  if (!target.published && !target.dateText && incoming.dateText) target.dateText = incoming.dateText;
  setOrDelete(target, "upvotes", maxDefined(target.upvotes, incoming.upvotes));
  if (!target.organization && incoming.organization) target.organization = incoming.organization;
  if (!target.comment && incoming.comment) target.comment = incoming.comment;
  if (incoming.categories) target.categories = union(target.categories ?? [], incoming.categories);
  target.codeUrls = union(target.codeUrls, incoming.codeUrls);
  const seen = new Set(target.sources.map(sourceKey));
  for (const s of incoming.sources) {
    if (!seen.has(sourceKey(s))) {
      seen.add(sourceKey(s));
      target.sources.push(s);
    }
  }
  return target;
}

const sourceKey = (s: Paper["sources"][number]) => `${s.file}\u0000${s.line}`;

function setOrDelete(target: Paper, key: "authorsCount" | "upvotes", value: number | undefined): void {
  if (value === undefined) delete target[key];
  else target[key] = value;
}

function maxDefined(a: number | undefined, b: number | undefined): number | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return Math.max(a, b);
}

function union(a: string[], b: string[]): string[] {
  return b.every((x) => a.includes(x)) ? a : [...new Set([...a, ...b])];
}
