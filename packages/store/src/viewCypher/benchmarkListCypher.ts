import type { ViewCypher } from "@paperkg/core";

/**
 * The Cypher of the benchmarks list (`GET /api/benchmarks`): the `limit` benchmarks with most
 * papers (then by name) whose name or an alias holds `q`, case aside (all when null).
 */
export function benchmarkListCypher(options: { limit: number; q: string | null }): ViewCypher {
  const q = options.q ? options.q.toLowerCase() : null;
  const where =
    q === null
      ? []
      : [
          "WHERE toLower(b.name) CONTAINS $q OR any(a IN coalesce(b.aliases, []) WHERE toLower(a) CONTAINS $q)",
        ];
  const query = [
    "MATCH (b:Benchmark)",
    ...where,
    "RETURN b",
    "ORDER BY coalesce(b.paperCount, 0) DESC, b.name",
    "LIMIT $limit",
  ].join("\n");
  return { query, params: q === null ? { limit: options.limit } : { q, limit: options.limit } };
}
