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

/** The inverse of `toPaperNode`, for papers read back from the database. */
export function fromPaperNode(node: PaperNode): Paper {
  return {
    id: node.id,
    title: node.title,
    abstract: node.abstract,
    ...(node.authors.length ? { authors: node.authors } : {}),
    ...(node.authorsCount !== null ? { authorsCount: node.authorsCount } : {}),
    ...(node.published ? { published: node.published } : {}),
    ...(node.dateText ? { dateText: node.dateText } : {}),
    ...(node.upvotes !== null ? { upvotes: node.upvotes } : {}),
    ...(node.organization ? { organization: node.organization } : {}),
    ...(node.arxivId ? { arxivId: node.arxivId } : {}),
    ...(node.categories.length ? { categories: node.categories } : {}),
    ...(node.comment ? { comment: node.comment } : {}),
    codeUrls: node.codeUrls,
    sources: node.sources.map(parseSource),
  };
}
