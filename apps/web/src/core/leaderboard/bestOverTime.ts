import type { LeaderboardRow } from "@paperkg/core";

/** One point of the chart: a dated stated result, and the best value stated up to that date. */
export interface BestPoint {
  /** Milliseconds since the epoch of the paper's publication date. */
  time: number;
  date: string;
  value: number;
  best: number;
  paper: string;
}

/**
 * The dated results of one metric in date order, each with the best value stated up to and
 * including its date (highest, or lowest when `higherIsBetter` is false). Undated rows are left out.
 */
export function bestOverTime(rows: readonly LeaderboardRow[], higherIsBetter: boolean | null): BestPoint[] {
  const better = (a: number, b: number) => (higherIsBetter === false ? Math.min(a, b) : Math.max(a, b));
  const dated = rows
    .filter((r): r is LeaderboardRow & { published: string } => r.published !== null)
    .map((r) => ({ time: Date.parse(r.published), date: r.published, value: r.value, paper: r.paper.title }))
    .filter((p) => Number.isFinite(p.time))
    .sort((a, b) => a.time - b.time || a.value - b.value);
  let best: number | null = null;
  return dated.map((p) => {
    best = best === null ? p.value : better(best, p.value);
    return { ...p, best };
  });
}
