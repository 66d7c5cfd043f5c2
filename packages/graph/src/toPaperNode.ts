import { encodeSource, type Paper, type PaperNode, parseSource } from "@paperkg/core";

/** Flatten a Paper into the properties a `:Paper` node stores. */
export function toPaperNode(paper: Paper): PaperNode {
  return {
    id: paper.id,
    title: paper.title,
    abstract: paper.abstract,
    published: paper.published ?? null,
    dateText: paper.dateText ?? null,
    authors: paper.authors ?? [],
    authorsCount: paper.authorsCount ?? paper.authors?.length ?? null,
    upvotes: paper.upvotes ?? null,
    organization: paper.organization ?? null,
    arxivId: paper.arxivId ?? null,
    categories: paper.categories ?? [],
    comment: paper.comment ?? null,
    codeUrl: paper.codeUrls[0] ?? null,
    codeUrls: paper.codeUrls,
    sources: paper.sources.map(encodeSource),
  };
}

/**
 * The inverse of `toPaperNode`, for papers read back from the database (or its local copy: 68,000
 * at a time, so the optional fields are assigned one by one, in the order a spread of each would
 * give them, rather than spread from a fresh object each).
 */
export function fromPaperNode(node: PaperNode): Paper {
  const paper = { id: node.id, title: node.title, abstract: node.abstract } as Paper;
  if (node.authors.length) paper.authors = node.authors;
  if (node.authorsCount !== null) paper.authorsCount = node.authorsCount;
  if (node.published) paper.published = node.published;
  if (node.dateText) paper.dateText = node.dateText;
  if (node.upvotes !== null) paper.upvotes = node.upvotes;
  if (node.organization) paper.organization = node.organization;
  if (node.arxivId) paper.arxivId = node.arxivId;
  if (node.categories.length) paper.categories = node.categories;
  if (node.comment) paper.comment = node.comment;
  paper.codeUrls = node.codeUrls;
  paper.sources = node.sources.map(parseSource);
  return paper;
}
