import { labelOfId, type MemberKind, NODE_LABELS, PAPER_LINKS, type ViewCypher } from "@paperkg/core";
import { LINKS_AMONG_SHOWN } from "./linksAmongShown.ts";

/**
 * The Cypher of a node's neighbourhood (`GET /api/nodes/:id/neighbors`): the node and its
 * neighbours up to `depth` paper–entity hops, the `limit` most central first, with the links among
 * them. An entity's one hop is its papers. Null for a community key (the route answers 404).
 */
export function neighborsCypher(
  id: string,
  options: { depth: 1 | 2; types: readonly MemberKind[]; limit: number },
): ViewCypher | null {
  const label = labelOfId(id);
  if (label === "Community") return null;
  const params = { id, limit: options.limit };
  if (options.depth === 1 && label !== "Paper") {
    if (options.types.length > 0 && !options.types.includes("paper"))
      return { query: `MATCH (c:${label} {id: $id})\nRETURN c AS n, [] AS links`, params };
    const query = [
      `MATCH (c:${label} {id: $id})`,
      "OPTIONAL MATCH (c)<--(p:Paper)",
      "WITH DISTINCT c, p ORDER BY p.pagerank DESC, p.id LIMIT $limit",
      "WITH c, collect(p) AS papers",
      "WITH [c] + papers AS shown",
      LINKS_AMONG_SHOWN,
    ].join("\n");
    return { query, params };
  }
  const kinds = options.types.map((t) => NODE_LABELS[t]);
  const query = [
    `MATCH (c:${label} {id: $id})`,
    `OPTIONAL MATCH (c)-[:${PAPER_LINKS}${options.depth === 2 ? "*1..2" : ""}]-(n)`,
    `WHERE n <> c${kinds.length ? ` AND n:${kinds.join("|")}` : ""}`,
    "WITH c, n ORDER BY n.pagerank DESC, n.id",
    "WITH c, collect(DISTINCT n)[0..$limit] AS neighbours",
    "WITH [c] + neighbours AS shown",
    LINKS_AMONG_SHOWN,
  ].join("\n");
  return { query, params };
}
