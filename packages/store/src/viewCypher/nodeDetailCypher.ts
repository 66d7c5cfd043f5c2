import { ENTITY_LABEL_LIST, labelOfId, type ViewCypher } from "@paperkg/core";

/**
 * The Cypher of a node panel's list (`GET /api/nodes/:id`): a paper's entities, or the first page
 * of an entity's papers, newest first, one row per link. Null for a community (its panel lists
 * no links).
 */
export function nodeDetailCypher(id: string, limit: number): ViewCypher | null {
  const label = labelOfId(id);
  if (label === "Community") return null;
  if (label === "Paper") {
    const query = `MATCH (p:Paper {id: $id})-[r]->(e:${ENTITY_LABEL_LIST.join("|")})
RETURN p, r, e
ORDER BY labels(e)[0], e.paperCount DESC, e.id, type(r)`;
    return { query, params: { id } };
  }
  const query = `MATCH (e:${label} {id: $id})<-[r]-(p:Paper)
RETURN e, r, p
ORDER BY coalesce(p.published, '') DESC, p.id DESC
LIMIT $limit`;
  return { query, params: { id, limit } };
}

/**
 * The Cypher of a page of an entity's papers (`GET /api/nodes/:id/papers?cursor=`): newest first,
 * starting strictly after the cursor's (published day, id), as `nodeDetailCypher` orders them.
 * Null for a paper or a community (they have no paper pages).
 */
export function nodePapersCypher(
  id: string,
  limit: number,
  after: { published: string; id: string } | null,
): ViewCypher | null {
  const label = labelOfId(id);
  if (label === "Community" || label === "Paper") return null;
  const where = after ? "\nWHERE day < $afterDay OR (day = $afterDay AND p.id < $afterId)" : "";
  const query = `MATCH (e:${label} {id: $id})<-[r]-(p:Paper)
WITH e, r, p, coalesce(p.published, '') AS day${where}
RETURN e, r, p
ORDER BY day DESC, p.id DESC
LIMIT $limit`;
  return {
    query,
    params: after ? { id, afterDay: after.published, afterId: after.id, limit } : { id, limit },
  };
}

/**
 * The Cypher of a paper's related papers (`GET /api/papers/:id/related`): papers sharing entities
 * with it, hubs left out, scored by the sum over shared entities of 1 / log2(1 + paperCount).
 */
export function relatedPapersCypher(id: string, limit: number): ViewCypher {
  const query = `MATCH (p:Paper {id: $id})-->(e:${ENTITY_LABEL_LIST.join("|")})<--(q:Paper)
WHERE q <> p AND NOT coalesce(e.hub, false)
WITH p, q, e ORDER BY e.paperCount, e.name
WITH p, q, collect(DISTINCT e) AS shared
RETURN p, q, shared, reduce(s = 0.0, e IN shared | s + 1.0 / (log(1.0 + coalesce(e.paperCount, 2)) / log(2.0))) AS score
ORDER BY score DESC, q.id
LIMIT $limit`;
  return { query, params: { id, limit } };
}
