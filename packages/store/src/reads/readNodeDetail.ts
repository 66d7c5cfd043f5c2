import {
  ApiLink,
  DetailNode,
  isCommunityKey,
  labelOfId,
  type NodeDetail,
  NodeRef,
  PAPER_LINKS,
  parseCommunityKey,
} from "@paperkg/core";
import type { Driver } from "neo4j-driver";
import { kindOfRow } from "./kindOfRow.ts";
import { linkProjection } from "./linkProjection.ts";
import { parseRecord } from "./parseRecord.ts";
import { INDEX_WALK_MIN_PAPERS, readNodePapers } from "./readNodePapers.ts";
import { readRows } from "./readRows.ts";

const nodeQuery = (label: string) => `
MATCH (n:${label} {id: $id})
RETURN n {.*} AS properties, labels(n)[0] AS kind, coalesce(n.name, n.title, n.label, n.id) AS label, n.community AS community`;

const PAPER_ENTITIES = `
MATCH (n:Paper {id: $id})-[r:${PAPER_LINKS}]->(e)
RETURN e.id AS id, labels(e)[0] AS kind, e.name AS label, ${linkProjection("r")} AS link
ORDER BY kind, e.paperCount DESC, e.id`;

/** Papers a hub's co-occurrence counts are taken over: its newest, not all of its links. */
export const COOCCURRENCE_SAMPLE = 1_000;

const cooccurring = (label: string) => `
MATCH (n:${label} {id: $id})<-[:${PAPER_LINKS}]-(p:Paper)-[:${PAPER_LINKS}]->(f)
WHERE f <> n
RETURN f.id AS id, labels(f)[0] AS kind, f.name AS label, count(DISTINCT p) AS count
ORDER BY count DESC, id LIMIT 25`;

/** For a hub: the same counts over its newest papers, found by walking the date index. */
const hubCooccurring = (label: string) => `
MATCH (n:${label} {id: $id})
MATCH (p:Paper) USING INDEX p:Paper(published)
WHERE p.published <= '9999' AND (p)-[:${PAPER_LINKS}]->(n)
WITH n, p ORDER BY p.published DESC LIMIT ${COOCCURRENCE_SAMPLE}
MATCH (p)-[:${PAPER_LINKS}]->(f)
WHERE f <> n
RETURN f.id AS id, labels(f)[0] AS kind, f.name AS label, count(DISTINCT p) AS count
ORDER BY count DESC, id LIMIT 25`;

/**
 * A node's properties, and for a paper its entities with evidence, for an entity the first page
 * of its papers (`limit`, newest first, with the total and the next page's cursor) and the
 * entities it shares papers with.
 */
export async function readNodeDetail(
  driver: Driver,
  database: string,
  id: string,
  options: { limit: number } = { limit: 50 },
): Promise<NodeDetail | null> {
  const community = parseCommunityKey(id);
  if (isCommunityKey(id) && community === null) return null;
  const label = labelOfId(id);
  const [row] = await readRows(driver, database, nodeQuery(label), { id: community ?? id });
  if (!row) return null;
  const properties = { ...(row.properties as Record<string, unknown>) };
  delete properties.aliasesText;
  const node = parseRecord(
    DetailNode,
    {
      id,
      kind: kindOfRow(row.kind),
      label: String(row.label),
      community: (row.community as number | null) ?? null,
      properties,
    },
    `node "${id}"`,
  );
  if (node.kind === "paper") {
    const entities = await readRows(driver, database, PAPER_ENTITIES, { id });
    return {
      node,
      entities: entities.map((e) => ({ ...ref(e), link: parseRecord(ApiLink, e.link, `link of "${id}"`) })),
      papers: [],
      paperTotal: 0,
      nextCursor: null,
      cooccurring: [],
    };
  }
  if (node.kind === "community")
    return { node, entities: [], papers: [], paperTotal: 0, nextCursor: null, cooccurring: [] };
  const page = await readNodePapers(driver, database, id, { limit: options.limit, after: null });
  const total = page?.total ?? 0;
  const co = await readRows(
    driver,
    database,
    total >= INDEX_WALK_MIN_PAPERS ? hubCooccurring(label) : cooccurring(label),
    { id },
  );
  return {
    node,
    entities: [],
    papers: page?.papers ?? [],
    paperTotal: total,
    nextCursor: page?.nextCursor ?? null,
    cooccurring: co.map((c) => ({ ...ref(c), count: Number(c.count) })),
  };
}

function ref(row: Record<string, unknown>): NodeRef {
  return parseRecord(NodeRef, { id: row.id, kind: kindOfRow(row.kind), label: row.label }, "node reference");
}
