import type { BenchmarkList, BenchmarkPapers, SiteBenchmarkRow } from "@paperkg/core";
import { aliasesOf, entityType, type SiteDb } from "./siteDb.ts";

function info(db: SiteDb, row: number): BenchmarkList["benchmarks"][number] {
  const ix = db.index.entities;
  return {
    id: ix.id[row] ?? "",
    name: ix.name[row] ?? "",
    aliases: aliasesOf(db, row),
    paperCount: ix.paperCount[row] ?? 0,
  };
}

/**
 * `GET /api/benchmarks?q=&limit=` offline: benchmarks whose name or an alias holds `q` (case
 * aside; all when empty), most papers first (then by name), the first `limit`, and how many match.
 */
export function siteBenchmarks(db: SiteDb, query: { q: string; limit: number }): BenchmarkList {
  const q = query.q.trim().toLowerCase();
  const all = db.index.entities.id
    .map((_, i) => i)
    .filter((i) => entityType(db, i) === "benchmark")
    .map((row) => info(db, row))
    .filter(
      (b) => !q || b.name.toLowerCase().includes(q) || b.aliases.some((a) => a.toLowerCase().includes(q)),
    )
    .sort((a, b) => b.paperCount - a.paperCount || a.name.localeCompare(b.name));
  return { benchmarks: all.slice(0, query.limit), total: all.length };
}

/** `GET /api/benchmarks/:id/papers` offline: the stored rows with titles and dates from the index. */
export function siteBenchmarkPapers(
  db: SiteDb,
  id: string,
  rows: SiteBenchmarkRow[],
): BenchmarkPapers | null {
  const row = db.entityRow.get(id);
  if (row === undefined || entityType(db, row) !== "benchmark") return null;
  const benchmark = info(db, row);
  const ix = db.index.papers;
  return {
    benchmark,
    papers: rows.map(([p, rel, metric, value, evidence]) => ({
      id: ix.id[p] ?? "",
      title: ix.title[p] ?? "",
      published: ix.published[p] ?? null,
      link: {
        type: db.manifest.relationships[rel] ?? "",
        evidence: evidence === null ? [] : [evidence],
        spans: [],
        confidence: null,
        rule: null,
        metric,
        value,
      },
    })),
  };
}
