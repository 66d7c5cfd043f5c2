import type { Trends } from "@paperkg/core";

/** Trend series as chart rows: one row per bucket with each series' count under its id. */
export function trendRows(trends: Trends): Record<string, string | number>[] {
  return trends.buckets.map((bucket, i) => {
    const row: Record<string, string | number> = { bucket };
    for (const s of trends.series) row[s.id] = s.counts[i] ?? 0;
    return row;
  });
}
