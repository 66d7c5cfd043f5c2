import { type GraphPayload, labelOfId, type MemberKind, NODE_LABELS, PAPER_LINKS } from "@paperkg/core";
import type { Driver } from "neo4j-driver";
import { graphPayload, type NodeRow, nodeProjection, toGraphNode } from "./graphNodeRow.ts";
import { chooseIndexWalk, type IndexWalk } from "./indexWalk.ts";
import { toGraphEdge } from "./readGraph.ts";
import { readRows } from "./readRows.ts";

const neighbours = (label: string, depth: 1 | 2) => `
MATCH (c:${label} {id: $id})
OPTIONAL CALL (c) {
  MATCH (c)-[:${PAPER_LINKS}*1..${depth}]-(n)
  WHERE n <> c AND (size($labels) = 0 OR any(l IN labels(n) WHERE l IN $labels))
  RETURN DISTINCT n
}
WITH c, n ORDER BY n.pagerank DESC, n.id
WITH c, collect(n) AS ns
RETURN size(ns) AS total, [x IN [c] + ns[0..toInteger($limit)] | x ${nodeProjection("x")}] AS nodes`;

const entityDegree = (label: string) => `
MATCH (c:${label} {id: $id})
RETURN COUNT { (c)<-[:${PAPER_LINKS}]-(:Paper) } AS total, COUNT { (:Paper) } AS papers, c ${nodeProjection("c")} AS node`;

/** An entity's papers, most central first, by sorting its links. */
const entityPapers = (label: string) => `
MATCH (c:${label} {id: $id})<-[:${PAPER_LINKS}]-(n:Paper)
WITH n ORDER BY n.pagerank DESC, n.id LIMIT toInteger($limit)
RETURN n ${nodeProjection("n")} AS node`;

/** A hub's papers, most central first, by walking the PageRank index until `limit` link to it. */
const hubPapers = (label: string) => `
MATCH (n:Paper) WHERE n.pagerank >= 0.0
WITH n ORDER BY n.pagerank DESC
WHERE EXISTS { MATCH (n)-[:${PAPER_LINKS}]->(c:${label}) WHERE c.id = $id }
WITH n LIMIT toInteger($limit)
RETURN n ${nodeProjection("n")} AS node`;

const EDGES = `
MATCH (p:Paper)-[r:${PAPER_LINKS}]->(e)
WHERE p.id IN $ids AND e.id IN $ids
RETURN p.id AS source, e.id AS target, type(r) AS type, 1.0 AS weight`;

/** The node and its neighbours up to `depth` hops (most central first), with the links among them. */
export async function readNeighbors(
  driver: Driver,
  database: string,
  id: string,
  options: { depth: 1 | 2; types: MemberKind[]; limit: number; walk?: IndexWalk },
): Promise<GraphPayload | null> {
  const label = labelOfId(id);
  if (label === "Community") return null;
  if (options.depth === 1 && label !== "Paper")
    return readEntityNeighbors(driver, database, id, label, options);
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

/**
 * An entity's one-hop neighbourhood: its papers (every link of an entity comes from a paper), the
 * `limit` most central first. A hub's are found by walking the PageRank index, so a hub with tens
 * of thousands of papers costs what a small entity does.
 */
async function readEntityNeighbors(
  driver: Driver,
  database: string,
  id: string,
  label: string,
  options: { types: MemberKind[]; limit: number; walk?: IndexWalk },
): Promise<GraphPayload | null> {
  const [row] = await readRows(driver, database, entityDegree(label), { id });
  if (!row) return null;
  const center = toGraphNode(row.node as NodeRow);
  const papersWanted = options.types.length === 0 || options.types.includes("paper");
  const total = papersWanted ? Number(row.total) : 0;
  const walk = options.walk ?? chooseIndexWalk(total, Number(row.papers), options.limit);
  const query = walk === "index" ? hubPapers(label) : entityPapers(label);
  const papers = papersWanted
    ? (await readRows(driver, database, query, { id, limit: options.limit })).map((r) =>
        toGraphNode(r.node as NodeRow),
      )
    : [];
  const nodes = [center, ...papers];
  const edges = (await readRows(driver, database, EDGES, { ids: nodes.map((n) => n.key) })).map(toGraphEdge);
  return graphPayload("bipartite", nodes, edges, total + 1);
}
