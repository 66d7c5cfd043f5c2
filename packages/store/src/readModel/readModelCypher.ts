import { ENTITY_LABEL_LIST, NODE_LABEL_LIST, PAPER_LINKS, RELATIONSHIP_TYPES } from "@paperkg/core";
import { nodeProjection } from "../reads/graphNodeRow.ts";
import { linkProjection } from "../reads/linkProjection.ts";

/** One label's nodes as the map draws them, with the raw PageRank the map's order sorts on. */
export const modelNodesQuery = (label: string) => `
MATCH (n:${label})
RETURN n.id AS id, n.pagerank AS pagerank, n ${nodeProjection("n")} AS node`;

/** Labels the read model holds: papers and entities (communities are read from Neo4j). */
export const MODEL_LABELS: readonly string[] = ["Paper", ...ENTITY_LABEL_LIST];

/** Every paper's links as `[type, entity id]` pairs: one row per paper, not per link. */
export const MODEL_LINKS = `
MATCH (p:Paper)
RETURN p.id AS paper, [(p)-[r:${PAPER_LINKS}]->(e) | [type(r), e.id]] AS links`;

/**
 * What tells a loaded model from the graph now: node and relationship counts (each from Neo4j's
 * count store) and the newest snapshot (every writing ingest makes one). Nothing here scans the graph.
 */
export const MODEL_SIGNATURE = [
  ...NODE_LABEL_LIST.map((l, i) => `CALL () { MATCH (n:${l}) RETURN count(n) AS n${i} }`),
  ...RELATIONSHIP_TYPES.map((t, i) => `CALL () { MATCH ()-[r:${t}]->() RETURN count(r) AS r${i} }`),
  "CALL () { OPTIONAL MATCH (s:Snapshot) WITH s ORDER BY s.seq DESC LIMIT 1 RETURN coalesce(s.id, '') + ':' + coalesce(toString(s.complete), '') AS snapshot }",
  `RETURN [snapshot, ${[...NODE_LABEL_LIST.map((_, i) => `toString(n${i})`), ...RELATIONSHIP_TYPES.map((_, i) => `toString(r${i})`)].join(", ")}] AS parts`,
].join("\n");

/** A paper's properties and its entities with their evidence, in one read. */
export const MODEL_PAPER_DETAIL = `
MATCH (n:Paper {id: $id})
RETURN n {.*} AS properties, coalesce(n.name, n.title, n.label, n.id) AS label, n.community AS community,
  COLLECT {
    MATCH (n)-[r:${PAPER_LINKS}]->(e)
    WITH e, r ORDER BY labels(e)[0], e.paperCount DESC, e.id
    RETURN {id: e.id, kind: labels(e)[0], label: e.name, link: ${linkProjection("r")}}
  } AS entities`;

/**
 * An entity's properties and the evidence of the links on a page of its papers (ids chosen by
 * the read model): each paper found by its id, its own dozen links checked for the entity.
 */
export const modelEntityDetail = (label: string) => `
MATCH (n:${label} {id: $id})
RETURN n {.*} AS properties, coalesce(n.name, n.title, n.label, n.id) AS label, n.community AS community,
  COLLECT {
    UNWIND $papers AS pid
    MATCH (p:Paper {id: pid})-[r:${PAPER_LINKS}]->(m) WHERE m.id = $id
    RETURN {paper: p.id, link: ${linkProjection("r")}}
  } AS links`;
