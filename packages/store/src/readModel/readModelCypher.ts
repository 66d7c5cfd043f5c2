import { ENTITY_LABEL_LIST, NODE_LABEL_LIST, PAPER_LINKS, RELATIONSHIP_TYPES } from "@paperkg/core";
import { linkProjection } from "../reads/linkProjection.ts";

/** Labels the read model holds: papers and entities (communities are read from Neo4j). */
export const MODEL_LABELS: readonly string[] = ["Paper", ...ENTITY_LABEL_LIST];

/**
 * Papers and entities with every stored property but the text the links' read brings (abstract)
 * and the search helper (aliasesText), and the raw PageRank the map's order sorts on.
 */
export const MODEL_NODES = `
MATCH (n) WHERE ${MODEL_LABELS.map((l) => `n:${l}`).join(" OR ")}
RETURN labels(n)[0] AS label, n.pagerank AS pagerank, n {.*, abstract: null, aliasesText: null} AS properties`;

/**
 * Every paper's title, abstract and links as `[type, entity id, link with evidence]`: one row per
 * paper, not per link (read beside `MODEL_NODES`, at the same time).
 */
export const MODEL_LINKS = `
MATCH (p:Paper)
RETURN p.id AS paper, p.title AS title, p.abstract AS abstract,
  [(p)-[r:${PAPER_LINKS}]->(e) | [type(r), e.id, ${linkProjection("r")}]] AS links`;

/**
 * What tells a loaded model from the graph now: node and relationship counts (each from Neo4j's
 * count store) and the newest snapshot (every writing ingest makes one) by id, random nonce and
 * completion — ids restart at `s1` in an emptied database, nonces do not. Nothing here scans the graph.
 */
export const MODEL_SIGNATURE = [
  ...NODE_LABEL_LIST.map((l, i) => `CALL () { MATCH (n:${l}) RETURN count(n) AS n${i} }`),
  ...RELATIONSHIP_TYPES.map((t, i) => `CALL () { MATCH ()-[r:${t}]->() RETURN count(r) AS r${i} }`),
  "CALL () { OPTIONAL MATCH (s:Snapshot) WITH s ORDER BY s.seq DESC LIMIT 1 RETURN coalesce(s.id, '') + ':' + coalesce(s.nonce, '') + ':' + coalesce(toString(s.complete), '') AS snapshot }",
  `RETURN [snapshot, ${[...NODE_LABEL_LIST.map((_, i) => `toString(n${i})`), ...RELATIONSHIP_TYPES.map((_, i) => `toString(r${i})`)].join(", ")}] AS parts`,
].join("\n");
