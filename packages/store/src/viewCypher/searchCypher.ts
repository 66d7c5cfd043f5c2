import type { ViewCypher } from "@paperkg/core";
import { toLuceneQuery, toPaperLuceneQuery } from "../reads/searchNodes.ts";

/**
 * The Cypher of a search (`GET /api/search`): both full-text indexes, entity names and aliases
 * (scores ×1.5) and paper titles and abstracts, with the Lucene queries `searchNodes` sends. It
 * returns what Neo4j finds for the text, best first; the read model, when it answers, ranks in its
 * own tiers and typo rules (`modelSearch`) and finds at least these. Null when the text holds no term.
 */
export function searchCypher(text: string, limit: number): ViewCypher | null {
  const q = toLuceneQuery(text);
  const paperQ = toPaperLuceneQuery(text);
  if (q === null || paperQ === null) return null;
  const query = `CALL () {
  CALL db.index.fulltext.queryNodes('entity_names', $q, {limit: $limit}) YIELD node, score
  RETURN node, score * 1.5 AS score
  UNION ALL
  CALL db.index.fulltext.queryNodes('paper_text', $paperQ, {limit: $limit}) YIELD node, score
  RETURN node, score
}
RETURN node, score
ORDER BY score DESC, node.id
LIMIT $limit`;
  return { query, params: { q, paperQ, limit } };
}
