import { type GraphPayload, labelOfId, type MemberKind, NODE_LABELS, PAPER_LINKS } from "@paperkg/core";
import type { Driver } from "neo4j-driver";
import { graphPayload, type NodeRow, nodeProjection, toGraphNode } from "./graphNodeRow.ts";
import { toGraphEdge } from "./readGraph.ts";
import { readRows } from "./readRows.ts";

const neighbours = (label: string, depth: 1 | 2) => `
MATCH (c:${label} {id: $id})
CALL (c) {
  MATCH (c)-[:${PAPER_LINKS}*1..${depth}]-(n)
  WHERE n <> c AND (size($labels) = 0 OR any(l IN labels(n) WHERE l IN $labels))
  RETURN DISTINCT n
}
WITH c, n ORDER BY n.pagerank DESC, n.id
WITH c, collect(n) AS ns
RETURN size(ns) AS total, [x IN [c] + ns[0..toInteger($limit)] | x ${nodeProjection("x")}] AS nodes`;

const EDGES = `
MATCH (p:Paper)-[r:${PAPER_LINKS}]->(e)
WHERE p.id IN $ids AND e.id IN $ids
RETURN p.id AS source, e.id AS target, type(r) AS type, 1.0 AS weight`;

/** The node and its neighbours up to `depth` hops (most central first), with the links among them. */
export async function readNeighbors(
  driver: Driver,
  database: string,
  id: string,
  options: { depth: 1 | 2; types: MemberKind[]; limit: number },
): Promise<GraphPayload | null> {
  const label = labelOfId(id);
  if (label === "Community") return null;
  const labels = options.types.map((t) => NODE_LABELS[t]);
  const [row] = await readRows(driver, database, neighbours(label, options.depth), {
    id,
    labels,
    limit: options.limit,
  });
  if (!row) return null;
  const nodes = (row.nodes as NodeRow[]).map(toGraphNode);
  const edges = (await readRows(driver, database, EDGES, { ids: nodes.map((n) => n.key) })).map(toGraphEdge);
  return graphPayload("bipartite", nodes, edges, Number(row.total) + 1);
}
