import { labelOfId, type NodeDetail, NodeKind } from "@paperkg/core";
import type { Driver } from "neo4j-driver";
import { PAPER_LINKS } from "./readGraph.ts";
import { readRows } from "./readRows.ts";

const LINK =
  "{type: type(r), evidence: coalesce(r.evidence, []), spans: coalesce(r.spans, []), confidence: r.confidence, rule: r.rule, metric: r.metric, value: r.value}";

const nodeQuery = (label: string) => `
MATCH (n:${label} {id: $id})
RETURN n {.*} AS properties, toLower(labels(n)[0]) AS kind, coalesce(n.name, n.title, n.label, n.id) AS label, n.community AS community`;

const PAPER_ENTITIES = `
MATCH (n:Paper {id: $id})-[r:${PAPER_LINKS}]->(e)
RETURN e.id AS id, toLower(labels(e)[0]) AS kind, e.name AS label, ${LINK} AS link
ORDER BY kind, e.paperCount DESC, e.id`;

const entityPapers = (label: string) => `
MATCH (n:${label} {id: $id})<-[r:${PAPER_LINKS}]-(p:Paper)
RETURN p.id AS id, 'paper' AS kind, p.title AS label, p.published AS published, ${LINK} AS link
ORDER BY p.published DESC, p.id LIMIT 1000`;

const cooccurring = (label: string) => `
MATCH (n:${label} {id: $id})<-[:${PAPER_LINKS}]-(p:Paper)-[:${PAPER_LINKS}]->(f)
WHERE f <> n
RETURN f.id AS id, toLower(labels(f)[0]) AS kind, f.name AS label, count(DISTINCT p) AS count
ORDER BY count DESC, id LIMIT 25`;

/** A node's properties, and for a paper its entities with evidence, for an entity its papers and neighbours. */
export async function readNodeDetail(
  driver: Driver,
  database: string,
  id: string,
): Promise<NodeDetail | null> {
  const label = labelOfId(id);
  const key = label === "Community" ? Number(id.slice(id.indexOf(":") + 1)) : id;
  if (label === "Community" && !Number.isInteger(key)) return null;
  const [row] = await readRows(driver, database, nodeQuery(label), { id: key });
  if (!row) return null;
  const properties = { ...(row.properties as Record<string, unknown>) };
  delete properties.aliasesText;
  const node = {
    id,
    kind: NodeKind.catch("concept").parse(row.kind),
    label: String(row.label),
    community: (row.community as number | null) ?? null,
    properties,
  };
  if (label === "Paper") {
    const entities = await readRows(driver, database, PAPER_ENTITIES, { id });
    return { node, entities: entities as NodeDetail["entities"], papers: [], cooccurring: [] };
  }
  if (label === "Community") return { node, entities: [], papers: [], cooccurring: [] };
  const [papers, co] = await Promise.all([
    readRows(driver, database, entityPapers(label), { id }),
    readRows(driver, database, cooccurring(label), { id }),
  ]);
  return {
    node,
    entities: [],
    papers: papers.map((p) => ({
      ...p,
      published: (p.published as string | null) ?? null,
    })) as NodeDetail["papers"],
    cooccurring: co as NodeDetail["cooccurring"],
  };
}
