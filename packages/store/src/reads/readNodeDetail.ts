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
import { readRows } from "./readRows.ts";

const nodeQuery = (label: string) => `
MATCH (n:${label} {id: $id})
RETURN n {.*} AS properties, labels(n)[0] AS kind, coalesce(n.name, n.title, n.label, n.id) AS label, n.community AS community`;

const PAPER_ENTITIES = `
MATCH (n:Paper {id: $id})-[r:${PAPER_LINKS}]->(e)
RETURN e.id AS id, labels(e)[0] AS kind, e.name AS label, ${linkProjection("r")} AS link
ORDER BY kind, e.paperCount DESC, e.id`;

const entityPapers = (label: string) => `
MATCH (n:${label} {id: $id})<-[r:${PAPER_LINKS}]-(p:Paper)
RETURN p.id AS id, p.title AS label, p.published AS published, ${linkProjection("r")} AS link
ORDER BY p.published DESC, p.id LIMIT 1000`;

const cooccurring = (label: string) => `
MATCH (n:${label} {id: $id})<-[:${PAPER_LINKS}]-(p:Paper)-[:${PAPER_LINKS}]->(f)
WHERE f <> n
RETURN f.id AS id, labels(f)[0] AS kind, f.name AS label, count(DISTINCT p) AS count
ORDER BY count DESC, id LIMIT 25`;

/** A node's properties, and for a paper its entities with evidence, for an entity its papers and neighbours. */
export async function readNodeDetail(
  driver: Driver,
  database: string,
  id: string,
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
      cooccurring: [],
    };
  }
  if (node.kind === "community") return { node, entities: [], papers: [], cooccurring: [] };
  const [papers, co] = await Promise.all([
    readRows(driver, database, entityPapers(label), { id }),
    readRows(driver, database, cooccurring(label), { id }),
  ]);
  return {
    node,
    entities: [],
    papers: papers.map((p) => ({
      id: String(p.id),
      kind: "paper" as const,
      label: String(p.label),
      published: (p.published as string | null) ?? null,
      link: parseRecord(ApiLink, p.link, `link of "${id}"`),
    })),
    cooccurring: co.map((c) => ({ ...ref(c), count: Number(c.count) })),
  };
}

function ref(row: Record<string, unknown>): NodeRef {
  return parseRecord(NodeRef, { id: row.id, kind: kindOfRow(row.kind), label: row.label }, "node reference");
}
