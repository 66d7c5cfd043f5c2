import {
  communityKey,
  ENTITY_LABELS,
  ENTITY_TYPES,
  type EntityType,
  isCommunityKey,
  PAPER_LINKS,
  parseCommunityKey,
  type Rising,
  type TrendBucket,
  type Trends,
} from "@paperkg/core";
import type { Driver } from "neo4j-driver";
import { readRows } from "./readRows.ts";

/** Dated papers per month for each id: entities by label (one index seek each), communities by number. */
const TREND_COUNTS = `
CALL () {
${ENTITY_TYPES.map(
  (type) => `  MATCH (e:${ENTITY_LABELS[type]}) WHERE e.id IN $ids.${type}
  OPTIONAL MATCH (e)<-[:${PAPER_LINKS}]-(p:Paper) WHERE p.published IS NOT NULL
  RETURN e.id AS id, e.name AS name, substring(p.published, 0, 7) AS month, count(DISTINCT p) AS n`,
).join("\n  UNION ALL\n")}
  UNION ALL
  MATCH (c:Community) WHERE c.id IN [x IN $communities | toInteger(x)]
  OPTIONAL MATCH (p:Paper {community: c.id}) WHERE p.published IS NOT NULL
  RETURN toString(c.id) AS id, c.label AS name, substring(p.published, 0, 7) AS month, count(p) AS n
}
RETURN id, name, month, n`;

const NEWEST = "MATCH (p:Paper) WHERE p.published IS NOT NULL RETURN max(p.published) AS newest";

const WINDOW_TOTALS = `
MATCH (p:Paper) WHERE p.published > $priorFrom AND p.published <= $to
RETURN sum(CASE WHEN p.published > $recentFrom THEN 1 ELSE 0 END) AS recent,
       sum(CASE WHEN p.published > $recentFrom THEN 0 ELSE 1 END) AS prior`;

/** Papers per entity in the recent window and the year before it; `RISING[type]`, `RISING.any`. */
const rising = (label: string) => `
MATCH (p:Paper) WHERE p.published > $priorFrom AND p.published <= $to
MATCH (p)-[:${PAPER_LINKS}]->(e${label})
WITH DISTINCT p, e
WITH e, sum(CASE WHEN p.published > $recentFrom THEN 1 ELSE 0 END) AS recent,
        sum(CASE WHEN p.published > $recentFrom THEN 0 ELSE 1 END) AS prior
WHERE recent >= $minPapers
RETURN e.id AS id, e.name AS name, e.type AS type, recent, prior`;
const RISING: Record<EntityType | "any", string> = {
  ...(Object.fromEntries(ENTITY_TYPES.map((t) => [t, rising(`:${ENTITY_LABELS[t]}`)])) as Record<
    EntityType,
    string
  >),
  any: rising(""),
};

/** The ids the graph does not hold, or the trend of each id over `bucket`s from its first to last dated paper. */
export async function readTrends(
  driver: Driver,
  database: string,
  ids: readonly string[],
  bucket: TrendBucket,
): Promise<{ type: "unknown"; unknown: string[] } | { type: "found"; trends: Trends }> {
  const byType = Object.fromEntries(ENTITY_TYPES.map((t) => [t, [] as string[]])) as Record<
    EntityType,
    string[]
  >;
  const communities: number[] = [];
  for (const id of ids) {
    if (isCommunityKey(id)) {
      const n = parseCommunityKey(id);
      if (n !== null) communities.push(n);
      continue;
    }
    const type = ENTITY_TYPES.find((t) => id.startsWith(`${t}:`));
    if (type) byType[type].push(id);
  }
  const rows = await readRows(driver, database, TREND_COUNTS, { ids: byType, communities });
  // The entity branch answers entity ids; the community branch the community's number.
  const keyOf = (r: Record<string, unknown>) =>
    ENTITY_TYPES.some((t) => String(r.id).startsWith(`${t}:`)) ? String(r.id) : communityKey(Number(r.id));
  const found = new Map<string, { name: string; months: Map<string, number> }>();
  for (const r of rows) {
    const key = keyOf(r);
    const entry = found.get(key) ?? { name: String(r.name ?? key), months: new Map() };
    found.set(key, entry);
    if (r.month) entry.months.set(String(r.month), Number(r.n));
  }
  const unknown = ids.filter((id) => !found.has(id));
  if (unknown.length) return { type: "unknown", unknown };
  const months = [...found.values()].flatMap((e) => [...e.months.keys()]).sort();
  const buckets = months.length ? bucketRange(months[0]!, months.at(-1)!, bucket) : [];
  const index = new Map(buckets.map((b, i) => [b, i]));
  const series = ids.map((id) => {
    const entry = found.get(id)!;
    const counts = buckets.map(() => 0);
    for (const [month, n] of entry.months) counts[index.get(bucketOf(month, bucket))!]! += n;
    return { id, name: entry.name, counts };
  });
  return { type: "found", trends: { bucket, buckets, series } };
}

/** The bucket label of a `YYYY-MM` month. */
export function bucketOf(month: string, bucket: TrendBucket): string {
  if (bucket === "month") return month;
  if (bucket === "year") return month.slice(0, 4);
  return `${month.slice(0, 4)}-Q${Math.floor((Number(month.slice(5, 7)) - 1) / 3) + 1}`;
}

/** Every bucket label from the one holding `first` to the one holding `last` (months `YYYY-MM`). */
export function bucketRange(first: string, last: string, bucket: TrendBucket): string[] {
  const out: string[] = [];
  let [y, m] = [Number(first.slice(0, 4)), Number(first.slice(5, 7))];
  const end = Number(last.slice(0, 4)) * 12 + Number(last.slice(5, 7));
  while (y * 12 + m <= end) {
    const label = bucketOf(`${y}-${String(m).padStart(2, "0")}`, bucket);
    if (out.at(-1) !== label) out.push(label);
    m += 1;
    if (m > 12) [y, m] = [y + 1, 1];
  }
  return out;
}

/** `YYYY-MM-DD` shifted back by whole months (the day clamped to 28, enough for a window bound). */
function monthsBefore(date: string, months: number): string {
  const total = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 - months;
  const day = Math.min(Number(date.slice(8, 10)), 28);
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/**
 * Entities whose share of dated papers grew most: the last three months up to the newest paper
 * against the twelve months before. Share = papers linked / dated papers in the window.
 */
export async function readRising(
  driver: Driver,
  database: string,
  options: { type: EntityType | null; limit: number; minPapers: number },
): Promise<Rising> {
  const [newestRow] = await readRows(driver, database, NEWEST);
  const to = newestRow?.newest ? String(newestRow.newest) : null;
  if (!to) {
    return {
      window: { recentFrom: "", to: "", priorFrom: "", recentPapers: 0, priorPapers: 0 },
      entities: [],
    };
  }
  const recentFrom = monthsBefore(to, 3);
  const priorFrom = monthsBefore(to, 15);
  const params = { to, recentFrom, priorFrom, minPapers: options.minPapers };
  const [totals] = await readRows(driver, database, WINDOW_TOTALS, params);
  const recentPapers = Number(totals?.recent ?? 0);
  const priorPapers = Number(totals?.prior ?? 0);
  const rows = await readRows(driver, database, RISING[options.type ?? "any"], params);
  const share = (n: number, total: number) => (total > 0 ? Math.round((n / total) * 1e6) / 1e6 : 0);
  const entities = rows
    .map((r) => {
      const recent = { papers: Number(r.recent), share: share(Number(r.recent), recentPapers) };
      const prior = { papers: Number(r.prior), share: share(Number(r.prior), priorPapers) };
      return {
        id: String(r.id),
        name: String(r.name),
        type: String(r.type),
        recent,
        prior,
        growth: Math.round((recent.share - prior.share) * 1e6) / 1e6,
      };
    })
    // ties by id in code-point order, as Cypher orders strings (`risingCypher`)
    .sort((a, b) => b.growth - a.growth || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, options.limit);
  return { window: { recentFrom, to, priorFrom, recentPapers, priorPapers }, entities };
}
