import { type Leaderboard, type LeaderboardRow, LinkResult } from "@paperkg/core";
import type { Driver } from "neo4j-driver";
import { z } from "zod";
import { higherIsBetter } from "./higherIsBetter.ts";
import { BENCHMARK_LINKS } from "./readCatalog.ts";
import { readRows } from "./readRows.ts";

/** A benchmark and every link to it that keeps stated results (JSON text, see UPSERT_LINKS). */
const LEADERBOARD = `
MATCH (b:Benchmark {id: $id})
OPTIONAL MATCH (b)<-[r:${BENCHMARK_LINKS}]-(p:Paper) WHERE r.results IS NOT NULL
RETURN b.id AS id, b.name AS name, coalesce(b.aliases, []) AS aliases, coalesce(b.paperCount, 0) AS paperCount,
  collect(CASE WHEN p IS NULL THEN NULL ELSE {id: p.id, title: p.title, published: p.published, results: r.results} END) AS links`;

const StoredResults = z.array(LinkResult);
/**
 * A benchmark's leaderboard: every absolute stated result, one table per metric, best first
 * (ties: earlier paper first); gains are listed apart and never ranked. Null for an unknown id.
 */
export async function readLeaderboard(
  driver: Driver,
  database: string,
  id: string,
): Promise<Leaderboard | null> {
  const [row] = await readRows(driver, database, LEADERBOARD, { id });
  if (!row) return null;
  const byMetric = new Map<string, LeaderboardRow[]>();
  const improvements: Leaderboard["improvements"] = [];
  for (const link of row.links as {
    id: string;
    title: string;
    published: string | null;
    results: string;
  }[]) {
    const parsed = StoredResults.safeParse(safeJson(link.results));
    if (!parsed.success) continue;
    for (const r of parsed.data) {
      if (r.number === null) continue;
      const entry: LeaderboardRow = {
        paper: { id: link.id, title: link.title },
        value: r.number,
        unit: r.unit,
        raw: r.raw,
        subject: r.subject,
        published: link.published ?? null,
      };
      if (r.relative) improvements.push({ ...entry, metric: r.metric });
      else byMetric.set(r.metric, [...(byMetric.get(r.metric) ?? []), entry]);
    }
  }
  const metrics = [...byMetric.entries()]
    .map(([metric, rows]) => {
      const higher = higherIsBetter(metric);
      const sign = higher === false ? 1 : -1;
      rows.sort(
        (a, b) =>
          sign * (a.value - b.value) ||
          (a.published ?? "9999").localeCompare(b.published ?? "9999") ||
          a.paper.id.localeCompare(b.paper.id),
      );
      return { metric, higherIsBetter: higher, rows };
    })
    .sort((a, b) => b.rows.length - a.rows.length || a.metric.localeCompare(b.metric));
  improvements.sort((a, b) => b.value - a.value || a.paper.id.localeCompare(b.paper.id));
  const benchmark: Leaderboard["benchmark"] = {
    id: String(row.id),
    name: String(row.name),
    aliases: row.aliases as string[],
    paperCount: Number(row.paperCount),
  };
  return { benchmark, metrics, improvements };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
