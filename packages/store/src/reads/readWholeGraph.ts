import { ENTITY_LABEL_LIST, PAPER_LINKS } from "@paperkg/core";
import type { Driver } from "neo4j-driver";
import type { PlainEdge, PlainNode } from "../toPlain.ts";
import { readRows } from "./readRows.ts";

/** Every paper and entity with every property (the search helper `aliasesText` left out). */
const ALL_NODES = `
MATCH (n) WHERE n:Paper OR any(l IN labels(n) WHERE l IN $entityLabels)
RETURN n.id AS id, labels(n) AS labels, n {.*, aliasesText: null} AS properties`;

/** The paper → entity links of a batch of papers. */
const LINKS_OF_PAPERS = `
UNWIND $ids AS pid
MATCH (p:Paper {id: pid})-[r:${PAPER_LINKS}]->(e)
RETURN elementId(r) AS id, type(r) AS type, p.id AS source, e.id AS target, r {.*} AS properties`;

/** Papers per links query: bounds one transaction's memory on a corpus-sized graph. */
const LINK_BATCH = 4000;

/**
 * The whole graph as an export reads it (nodes with every property, paper → entity links with
 * theirs), the links read in batches of papers so a corpus-sized graph never needs one huge
 * transaction. Community nodes are not included (read them with `exportNodesAndEdges`).
 */
export async function readWholeGraph(
  driver: Driver,
  database: string,
): Promise<{ nodes: PlainNode[]; edges: PlainEdge[] }> {
  const rows = await readRows(driver, database, ALL_NODES, { entityLabels: ENTITY_LABEL_LIST }, 300_000);
  const nodes = rows.map((r) => {
    const properties = { ...(r.properties as Record<string, unknown>) };
    delete properties.aliasesText;
    return { id: String(r.id), labels: r.labels as string[], properties };
  });
  const papers = nodes.filter((n) => n.labels.includes("Paper")).map((n) => n.id);
  const edges: PlainEdge[] = [];
  for (let i = 0; i < papers.length; i += LINK_BATCH) {
    const batch = await readRows(
      driver,
      database,
      LINKS_OF_PAPERS,
      { ids: papers.slice(i, i + LINK_BATCH) },
      120_000,
    );
    for (const e of batch) edges.push(e as unknown as PlainEdge);
  }
  return { nodes, edges };
}
