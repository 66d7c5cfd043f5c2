import {
  BenchmarkList,
  BenchmarkPapers,
  CommunityList,
  cypherTypes,
  relationshipsTo,
  SharedBenchmarks,
} from "@paperkg/core";
import type { Driver } from "neo4j-driver";
import { linkProjection } from "./linkProjection.ts";
import { parseRecord } from "./parseRecord.ts";
import { readRows } from "./readRows.ts";

/** Links from a paper to a benchmark: it evaluates on it or proposes it. */
export const BENCHMARK_LINKS = cypherTypes(relationshipsTo("benchmark"));

const COMMUNITIES = `
MATCH (c:Community)
RETURN c.id AS id, c.label AS label, c.size AS size, coalesce(c.papers, 0) AS papers, coalesce(c.topTerms, []) AS topTerms,
  c.x AS x, c.y AS y, c.area AS area
ORDER BY c.size DESC, c.id`;

const BENCHMARKS = `
MATCH (b:Benchmark)
WHERE $q IS NULL OR toLower(b.name) CONTAINS $q OR any(a IN coalesce(b.aliases, []) WHERE toLower(a) CONTAINS $q)
WITH b ORDER BY coalesce(b.paperCount, 0) DESC, b.name
WITH collect(b) AS matched
RETURN size(matched) AS total, [b IN matched[0..toInteger($limit)] |
  {id: b.id, name: b.name, aliases: coalesce(b.aliases, []), paperCount: coalesce(b.paperCount, 0)}] AS benchmarks`;

const BENCHMARK = `
MATCH (b:Benchmark {id: $id})
RETURN b.id AS id, b.name AS name, coalesce(b.aliases, []) AS aliases, coalesce(b.paperCount, 0) AS paperCount`;

const BENCHMARK_PAPERS = `
MATCH (b:Benchmark {id: $id})<-[r:${BENCHMARK_LINKS}]-(p:Paper)
RETURN p.id AS id, p.title AS title, p.published AS published, ${linkProjection("r")} AS link
ORDER BY r.value IS NULL, p.published DESC, p.id`;

/**
 * Papers sharing a benchmark with $id, ranked by the sum over shared benchmarks of
 * 1 / log2(1 + paperCount): sharing a niche benchmark says more than sharing ImageNet.
 */
const SHARED_BENCHMARKS = `
MATCH (p:Paper {id: $id})
OPTIONAL MATCH (p)-[:${BENCHMARK_LINKS}]->(b:Benchmark)<-[:${BENCHMARK_LINKS}]-(q:Paper)
WHERE q <> p
WITH p, q, b ORDER BY b.paperCount, b.name
WITH p, q, collect(DISTINCT {id: b.id, name: b.name, w: 1.0 / (log(1.0 + b.paperCount) / log(2.0))}) AS shared
WITH p, q, shared, reduce(s = 0.0, x IN shared | s + x.w) AS score
ORDER BY score DESC, q.id
WITH p, collect(CASE WHEN q IS NULL THEN NULL ELSE {id: q.id, title: q.title, score: score, shared: [x IN shared | {id: x.id, name: x.name}]} END)[0..toInteger($limit)] AS papers
RETURN p.id AS id, p.title AS title, papers`;

export async function readCommunities(driver: Driver, database: string): Promise<CommunityList> {
  const communities = await readRows(driver, database, COMMUNITIES);
  return parseRecord(CommunityList, { communities }, "communities");
}

/** The `limit` benchmarks with most papers whose name or an alias holds `q` (all when null), and how many match. */
export async function readBenchmarks(
  driver: Driver,
  database: string,
  options: { limit: number; q: string | null } = { limit: 500, q: null },
): Promise<BenchmarkList> {
  const [row] = await readRows(driver, database, BENCHMARKS, {
    limit: options.limit,
    q: options.q ? options.q.toLowerCase() : null,
  });
  return parseRecord(BenchmarkList, row ?? { benchmarks: [], total: 0 }, "benchmarks");
}

/** A benchmark's papers with their evidence and any stated result; null for an unknown id. */
export async function readBenchmarkPapers(
  driver: Driver,
  database: string,
  id: string,
): Promise<BenchmarkPapers | null> {
  const [benchmark] = await readRows(driver, database, BENCHMARK, { id });
  if (!benchmark) return null;
  const papers = await readRows(driver, database, BENCHMARK_PAPERS, { id });
  return parseRecord(BenchmarkPapers, { benchmark, papers }, `papers of benchmark "${id}"`);
}

/** Other papers sharing at least one benchmark with paper `id`; null for an unknown paper. */
export async function readSharedBenchmarks(
  driver: Driver,
  database: string,
  id: string,
  limit = 100,
): Promise<SharedBenchmarks | null> {
  const [row] = await readRows(driver, database, SHARED_BENCHMARKS, { id, limit });
  if (!row) return null;
  const shared = parseRecord(
    SharedBenchmarks,
    { paper: { id: row.id, title: row.title }, papers: row.papers },
    `papers sharing a benchmark with "${id}"`,
  );
  return {
    ...shared,
    papers: shared.papers.map((p) => ({ ...p, score: Math.round(p.score * 1000) / 1000 })),
  };
}
