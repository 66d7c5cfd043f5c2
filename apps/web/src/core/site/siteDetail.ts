import {
  type ApiLink,
  encodeSpan,
  evidenceOfSpans,
  type LinkedPaper,
  type NodeDetail,
  type NodePapers,
  type SiteLink,
  type SitePaperChunk,
} from "@paperkg/core";
import { aliasesOf, entitiesOfPaper, entityType, type SiteDb } from "./siteDb.ts";

export type SitePaperRecord = SitePaperChunk["papers"][string];

/** Papers per page of an entity's papers (the static source's page; the server's is larger). */
export const SITE_PAPER_PAGE = 20;
/** Most co-occurring entities a detail lists (as the server). */
const COOCCURRING = 25;

/** A stored link as the API shows it: spans encoded again, evidence read back out of the title and abstract. */
export function apiLink(
  db: SiteDb,
  link: SiteLink,
  rel: number,
  paper: number,
  record: SitePaperRecord,
): ApiLink {
  const [spans, confidence, rule, evidence, metric = null, value = null] = link;
  const abstract = record.properties.abstract ?? "";
  const title = db.index.papers.title[paper] ?? "";
  const encoded: string[] = [];
  for (let i = 0; i + 1 < spans.length; i += 2) {
    const start = spans[i] ?? 0;
    const end = (start < 0 ? -start - 1 : start) + (spans[i + 1] ?? 0);
    encoded.push(
      encodeSpan(start < 0 ? { field: "title", start: -start - 1, end } : { field: "abstract", start, end }),
    );
  }
  const items = evidence === 0 ? evidenceOfSpans(spans, record.sentences) : evidence;
  return {
    type: db.manifest.relationships[rel] ?? "",
    evidence: items.map((e) =>
      typeof e === "string"
        ? e
        : e < 0
          ? title
          : abstract.slice(
              record.sentences[2 * e] ?? 0,
              (record.sentences[2 * e] ?? 0) + (record.sentences[2 * e + 1] ?? 0),
            ),
    ),
    spans: encoded,
    confidence,
    rule: rule === null ? null : (db.manifest.rules[rule] ?? null),
    metric,
    value,
  };
}

/** A paper's detail: its stored properties (title, authors and placement from the index) and its entities with evidence. */
export function paperDetail(db: SiteDb, row: number, record: SitePaperRecord): NodeDetail {
  const ix = db.index.papers;
  const properties = {
    ...restorePaperProperties(ix.id[row] ?? "", ix.authors[row] ?? [], record.properties),
    id: ix.id[row] ?? "",
    published: ix.published[row] ?? null,
    title: ix.title[row] ?? "",
    authors: ix.authors[row] ?? [],
    community: ix.community[row] ?? null,
    x: ix.x[row] ?? 0,
    y: ix.y[row] ?? 0,
    pagerank: ix.pagerank[row] ?? 0,
  };
  const codes = db.index.papers.links[row] ?? [];
  const entities = record.links.map((link, k) => {
    const code = codes[k] ?? 0;
    const e = Math.floor(code / db.rels);
    return {
      id: db.index.entities.id[e] ?? "",
      kind: entityType(db, e),
      label: db.index.entities.name[e] ?? "",
      link: apiLink(db, link, code % db.rels, row, record),
    };
  });
  return {
    node: {
      id: properties.id,
      label: properties.title,
      kind: "paper",
      community: properties.community,
      properties,
    },
    entities,
    papers: [],
    paperTotal: 0,
    nextCursor: null,
    cooccurring: [],
  };
}

/** The paper rows of one page of an entity's papers (newest first), from offset `cursor`. */
export function entityPageRows(
  db: SiteDb,
  entity: number,
  cursor: number,
): { rows: number[]; next: string | null } {
  const all = db.papersOf[entity] ?? [];
  const rows = all.slice(cursor, cursor + SITE_PAPER_PAGE);
  return { rows, next: cursor + SITE_PAPER_PAGE < all.length ? String(cursor + SITE_PAPER_PAGE) : null };
}

/** A page of an entity's papers, each with its link to the entity (records from the paper chunks). */
export function entityPapers(
  db: SiteDb,
  entity: number,
  rows: number[],
  records: Map<string, SitePaperRecord>,
  next: string | null,
): NodePapers {
  const papers: LinkedPaper[] = [];
  for (const p of rows) {
    const pid = db.index.papers.id[p] ?? "";
    const record = records.get(pid);
    const k = (db.index.papers.links[p] ?? []).findIndex((code) => Math.floor(code / db.rels) === entity);
    const link = record?.links[k];
    if (!record || !link) continue;
    papers.push({
      id: pid,
      kind: "paper",
      label: db.index.papers.title[p] ?? pid,
      published: db.index.papers.published[p] ?? null,
      link: apiLink(db, link, (db.index.papers.links[p]?.[k] ?? 0) % db.rels, p, record),
    });
  }
  return { papers, total: db.papersOf[entity]?.length ?? 0, nextCursor: next };
}

/** An entity's detail: its properties, the first page of its papers, the entities it shares papers with. */
export function entityDetail(db: SiteDb, entity: number, first: NodePapers): NodeDetail {
  const ix = db.index.entities;
  const id = ix.id[entity] ?? "";
  const counts = new Map<number, number>();
  for (const p of db.papersOf[entity] ?? [])
    for (const { entity: other } of entitiesOfPaper(db, p))
      if (other !== entity) counts.set(other, (counts.get(other) ?? 0) + 1);
  const cooccurring = [...counts]
    .sort((a, b) => b[1] - a[1] || ((ix.id[a[0]] ?? "") < (ix.id[b[0]] ?? "") ? -1 : 1))
    .slice(0, COOCCURRING)
    .map(([row, count]) => ({
      id: ix.id[row] ?? "",
      kind: entityType(db, row),
      label: ix.name[row] ?? "",
      count,
    }));
  const type = entityType(db, entity);
  return {
    node: {
      id,
      label: ix.name[entity] ?? id,
      kind: type,
      community: ix.community[entity] ?? null,
      properties: {
        id,
        type,
        name: ix.name[entity] ?? id,
        aliases: aliasesOf(db, entity),
        family: ix.family[entity] ?? null,
        paperCount: ix.paperCount[entity] ?? 0,
        community: ix.community[entity] ?? null,
        x: ix.x[entity] ?? 0,
        y: ix.y[entity] ?? 0,
        pagerank: ix.pagerank[entity] ?? 0,
        ...(db.hubs.has(entity) ? { hub: true } : {}),
      },
    },
    entities: [],
    papers: first.papers,
    paperTotal: first.total,
    nextCursor: first.nextCursor,
    cooccurring,
  };
}

const ARXIV_ID = /^\d{4}\.\d{4,5}$|^[a-z-]+(\.[A-Z]{2})?\/\d{7}$/;

/**
 * Paper properties the site leaves out where ingest makes them derivable (see the exporter's
 * `derivable`): `arxivId` is an arXiv-style id, `codeUrl` the first of `codeUrls`, `authorsCount`
 * the authors counted.
 */
export function restorePaperProperties(
  id: string,
  authors: string[],
  stored: SitePaperRecord["properties"],
): SitePaperRecord["properties"] {
  const out = { ...stored };
  if (out.arxivId === undefined && ARXIV_ID.test(id)) out.arxivId = id;
  const codeUrls = Array.isArray(out.codeUrls) ? out.codeUrls : [];
  if (out.codeUrl === undefined && typeof codeUrls[0] === "string") out.codeUrl = codeUrls[0];
  if (out.authorsCount === undefined && authors.length > 0) out.authorsCount = authors.length;
  return out;
}
