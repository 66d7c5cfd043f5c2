import {
  communityKey,
  ENTITY_LABELS,
  ENTITY_TYPES,
  type EntityType,
  type FinderMatch,
  type FinderResult,
  type FinderSort,
  PAPER_LINKS,
} from "@paperkg/core";
import type { Driver } from "neo4j-driver";
import { readRows } from "./readRows.ts";
import { toLuceneQuery } from "./searchNodes.ts";

/** What the finder filters on: entity ids per facet, communities, a date range, full text. */
export interface PaperFilter {
  entities: Record<EntityType, string[]>;
  communities: number[];
  /** Inclusive `YYYY-MM-DD` bounds on `published` (a shorter prefix works as a bound too). */
  from: string | null;
  to: string | null;
  q: string | null;
  sort: FinderSort;
  limit: number;
  offset: number;
}

/** The facet ids that name no node of their facet's kind, by facet; empty when all exist. */
export type UnknownFacetIds = Partial<Record<EntityType | "community", string[]>>;

/**
 * The facet entities with their element ids and paper counts: one index seek per label (labels
 * cannot be parameters, so the union is written out from the closed set of entity types).
 */
const FINDER_ENTITIES = `
CALL () {
${ENTITY_TYPES.map(
  (type) =>
    `  MATCH (e:${ENTITY_LABELS[type]}) WHERE e.id IN $ids.${type}
  RETURN elementId(e) AS elementId, e.id AS id, e.name AS name, '${type}' AS type, coalesce(e.paperCount, 0) AS paperCount`,
).join("\n  UNION ALL\n")}
  UNION ALL
  MATCH (c:Community) WHERE c.id IN [n IN $communities | toInteger(n)]
  RETURN elementId(c) AS elementId, toString(c.id) AS id, c.label AS name, 'community' AS type, coalesce(c.papers, 0) AS paperCount
}
RETURN elementId, id, name, type, paperCount`;

/** The facet entities as nodes, for the filter below. */
const REQUIRED = `
OPTIONAL MATCH (x) WHERE elementId(x) IN $required
WITH collect(x) AS required`;

/** Every filter and the page: total before paging, one page after sorting. */
const FILTER_AND_PAGE = `
WHERE all(x IN required WHERE EXISTS { (p)-[:${PAPER_LINKS}]->(x) })
  AND all(c IN $communities WHERE p.community = toInteger(c))
  AND ($from IS NULL OR p.published >= $from)
  AND ($to IS NULL OR p.published <= $to)
WITH DISTINCT p
ORDER BY
  CASE WHEN $sort = 'title' THEN toLower(p.title) END,
  CASE WHEN $sort = 'date' THEN coalesce(p.published, '') END DESC,
  CASE WHEN $sort = 'pagerank' THEN coalesce(p.pagerank, 0.0) END DESC,
  p.id
WITH collect(p) AS papers
RETURN size(papers) AS total,
  [p IN papers[toInteger($offset)..toInteger($offset) + toInteger($limit)] |
    {id: p.id, title: p.title, published: p.published, authors: coalesce(p.authors, [])}] AS page`;

/** Papers linked to the rarest facet entity ($anchor, an element id), then filtered by the rest. */
const FIND_PAPERS_BY_ENTITY = `${REQUIRED}
MATCH (a) WHERE elementId(a) = $anchor
MATCH (a)<-[:${PAPER_LINKS}]-(p:Paper)
WITH required, p
${FILTER_AND_PAGE}`;

/** Papers whose title or abstract match $q (a Lucene query), then filtered. */
const FIND_PAPERS_BY_TEXT = `${REQUIRED}
CALL db.index.fulltext.queryNodes('paper_text', $q) YIELD node AS p
WITH required, p
${FILTER_AND_PAGE}`;

/** Papers of one community (indexed), then filtered. */
const FIND_PAPERS_BY_COMMUNITY = `${REQUIRED}
MATCH (p:Paper) WHERE p.community = toInteger($communities[0])
WITH required, p
${FILTER_AND_PAGE}`;

/** Every paper, filtered by date when given. */
const FIND_PAPERS_ALL = `${REQUIRED}
MATCH (p:Paper)
WITH required, p
${FILTER_AND_PAGE}`;

interface FacetEntity extends FinderMatch {
  elementId: string;
  paperCount: number;
}

/** The finder's answer, or the facet ids that name nothing of their kind (the server answers 400). */
export type FoundPapers =
  | { type: "found"; result: FinderResult }
  | { type: "unknown"; unknown: UnknownFacetIds };

const EMPTY: FoundPapers = { type: "found", result: { total: 0, papers: [] } };

async function findUnknownFacetIds(
  driver: Driver,
  database: string,
  filter: Pick<PaperFilter, "entities" | "communities">,
): Promise<{ unknown: UnknownFacetIds; entities: FacetEntity[] }> {
  const entities = await readFacetEntities(driver, database, filter);
  const found = new Set(entities.map((e) => `${e.type}|${e.id}`));
  const unknown: UnknownFacetIds = {};
  for (const type of ENTITY_TYPES) {
    const missing = filter.entities[type].filter((id) => !found.has(`${type}|${id}`));
    if (missing.length) unknown[type] = missing;
  }
  const missingCommunities = filter.communities
    .map(String)
    .filter((id) => !found.has(`community|${communityKey(Number(id))}`));
  if (missingCommunities.length) unknown.community = missingCommunities;
  return { unknown, entities };
}

async function readFacetEntities(
  driver: Driver,
  database: string,
  filter: Pick<PaperFilter, "entities" | "communities">,
): Promise<FacetEntity[]> {
  const rows = await readRows(driver, database, FINDER_ENTITIES, {
    ids: filter.entities,
    communities: filter.communities,
  });
  return rows.map((r) => ({
    elementId: String(r.elementId),
    id: r.type === "community" ? communityKey(Number(r.id)) : String(r.id),
    name: String(r.name ?? r.id),
    type: String(r.type),
    paperCount: Number(r.paperCount),
  }));
}

/**
 * The finder: papers linked to every facet entity, in every listed community, inside the date
 * range and matching the full text, sorted and paged; or which facet ids are unknown. The query starts from the most selective
 * source it has: the text hits, the rarest entity, a community, else all papers.
 */
export async function findPapers(
  driver: Driver,
  database: string,
  filter: PaperFilter,
): Promise<FoundPapers> {
  const { unknown, entities } = await findUnknownFacetIds(driver, database, filter);
  if (Object.keys(unknown).length > 0) return { type: "unknown", unknown };
  const linked = entities.filter((e) => e.type !== "community");
  const lucene = filter.q ? toLuceneQuery(filter.q) : null;
  if (filter.q && !lucene) return EMPTY;
  const anchor = [...linked].sort((a, b) => a.paperCount - b.paperCount)[0];
  // Text hits are checked against the entities link by link; a paper is never tested against a list.
  const query = lucene
    ? FIND_PAPERS_BY_TEXT
    : anchor
      ? FIND_PAPERS_BY_ENTITY
      : filter.communities.length
        ? FIND_PAPERS_BY_COMMUNITY
        : FIND_PAPERS_ALL;
  const rows = await readRows(driver, database, query, {
    required: linked.map((e) => e.elementId),
    anchor: anchor?.elementId ?? null,
    q: lucene,
    communities: filter.communities,
    from: filter.from,
    to: filter.to,
    sort: filter.sort,
    limit: filter.limit,
    offset: filter.offset,
  });
  const row = rows[0];
  if (!row) return EMPTY;
  const matched: FinderMatch[] = entities.map(({ id, name, type }) => ({ id, name, type }));
  const page = row.page as { id: string; title: string; published: string | null; authors: string[] }[];
  return {
    type: "found",
    result: {
      total: Number(row.total),
      papers: page.map((p) => ({ ...p, published: p.published ?? null, matched })),
    },
  };
}
