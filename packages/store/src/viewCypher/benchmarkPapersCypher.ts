import type { ViewCypher } from "@paperkg/core";
import { BENCHMARK_LINKS } from "../reads/readCatalog.ts";

/** The Cypher of a benchmark's papers (`GET /api/benchmarks/:id/papers`): one row per link, stated results first. */
export function benchmarkPapersCypher(id: string): ViewCypher {
  const query = `MATCH (b:Benchmark {id: $id})<-[r:${BENCHMARK_LINKS}]-(p:Paper)
RETURN p, r, b
ORDER BY r.value IS NULL, p.published DESC, p.id`;
  return { query, params: { id } };
}

/**
 * The Cypher of the papers sharing a benchmark with paper `id` (`GET /api/papers/:id/shared-benchmarks`),
 * scored by the sum over shared benchmarks of 1 / log2(1 + paperCount).
 */
export function sharedBenchmarksCypher(id: string, limit: number): ViewCypher {
  const query = `MATCH (p:Paper {id: $id})-[:${BENCHMARK_LINKS}]->(b:Benchmark)<-[:${BENCHMARK_LINKS}]-(q:Paper)
WHERE q <> p
WITH p, q, b ORDER BY b.paperCount, b.name
WITH p, q, collect(DISTINCT b) AS shared
RETURN p, q, shared, reduce(s = 0.0, b IN shared | s + 1.0 / (log(1.0 + b.paperCount) / log(2.0))) AS score
ORDER BY score DESC, q.id
LIMIT $limit`;
  return { query, params: { id, limit } };
}
