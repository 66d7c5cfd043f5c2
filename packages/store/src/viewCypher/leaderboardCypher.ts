import type { ViewCypher } from "@paperkg/core";
import { BENCHMARK_LINKS } from "../reads/readCatalog.ts";

/**
 * The Cypher of a benchmark's leaderboard (`GET /api/benchmarks/:id/leaderboard`): the papers that
 * state results on it, each link's results as the JSON text ingest stored (the server ranks them
 * per metric; Cypher has no JSON parser without plugins).
 */
export function leaderboardCypher(id: string): ViewCypher {
  const query = `MATCH (b:Benchmark {id: $id})<-[r:${BENCHMARK_LINKS}]-(p:Paper)
WHERE r.results IS NOT NULL
RETURN p, b, r.results AS results
ORDER BY p.published, p.id`;
  return { query, params: { id } };
}
