import type { BenchmarkPapers, SiteBenchmarkRow } from "@paperkg/core";
import type { SiteDb } from "./siteDb.ts";

/** `GET /api/benchmarks/:id/papers` offline: the stored rows with titles and dates from the index. */
export function siteBenchmarkPapers(
  db: SiteDb,
  id: string,
  rows: SiteBenchmarkRow[],
): BenchmarkPapers | null {
  const benchmark = db.manifest.benchmarks.benchmarks.find((b) => b.id === id);
  if (!benchmark) return null;
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
