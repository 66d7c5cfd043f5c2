import { labelOfId, PAPER_LINKS, type ViewCypher } from "@paperkg/core";

/** The Cypher of the shortest paths between two nodes (`GET /api/path`) over paper–entity links. */
export function pathCypher(from: string, to: string, options: { max: number; limit: number }): ViewCypher {
  const max = Math.max(1, Math.min(10, Math.trunc(options.max)));
  const query = `MATCH (a:${labelOfId(from)} {id: $from}), (b:${labelOfId(to)} {id: $to})
MATCH path = allShortestPaths((a)-[:${PAPER_LINKS}*..${max}]-(b))
RETURN path
LIMIT $limit`;
  return { query, params: { from, to, limit: options.limit } };
}
