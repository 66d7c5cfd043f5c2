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
import { chooseIndexWalk } from "./indexWalk.ts";
import { kindOfRow } from "./kindOfRow.ts";
import { linkProjection } from "./linkProjection.ts";
import { parseRecord } from "./parseRecord.ts";
import { readNodePapers } from "./readNodePapers.ts";
import { readRows } from "./readRows.ts";

const nodeQuery = (label: string) => `
MATCH (n:${label} {id: $id})
RETURN n {.*} AS properties, labels(n)[0] AS kind, coalesce(n.name, n.title, n.label, n.id) AS label, n.community AS community,
       COUNT { (:Paper) } AS allPapers`;

const PAPER_ENTITIES = `
MATCH (n:Paper {id: $id})-[r:${PAPER_LINKS}]->(e)
RETURN e.id AS id, labels(e)[0] AS kind, e.name AS label, ${linkProjection("r")} AS link
ORDER BY kind, e.paperCount DESC, e.id, type(r)`;

/**
 * Papers an entity's co-occurrence counts are taken over: its newest this many (all of them for
 * most entities), so no detail ever aggregates over all of a hub's links.
 */
export const COOCCURRENCE_SAMPLE = 200;

const COUNT_COOCCURRING = `
MATCH (p)-[:${PAPER_LINKS}]->(f)
WHERE f.id <> $id
RETURN f.id AS id, labels(f)[0] AS kind, f.name AS label, count(DISTINCT p) AS count
ORDER BY count DESC, id LIMIT 25`;

/** The sample by expanding the entity's links and sorting them by date. */
const cooccurringByLinks = (label: string) => `
MATCH (n:${label} {id: $id})<-[:${PAPER_LINKS}]-(p:Paper)
WITH DISTINCT p ORDER BY p.published DESC, p.id DESC LIMIT ${COOCCURRENCE_SAMPLE}
${COUNT_COOCCURRING}`;

/** The sample by walking the date index newest first (see readNodePapers): for hubs. */
const cooccurringByIndex = (label: string) => `
MATCH (p:Paper) WHERE p.published <= '9999'
WITH p ORDER BY p.published DESC, p.id DESC
WHERE EXISTS { MATCH (p)-[:${PAPER_LINKS}]->(n:${label}) WHERE n.id = $id }
WITH p LIMIT ${COOCCURRENCE_SAMPLE}
${COUNT_COOCCURRING}`;

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
  const walk = chooseIndexWalk(total, Number(row.allPapers), COOCCURRENCE_SAMPLE);
  const co = await readRows(
    driver,
    database,
    walk === "index" ? cooccurringByIndex(label) : cooccurringByLinks(label),
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
