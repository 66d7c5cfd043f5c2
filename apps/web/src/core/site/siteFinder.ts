import {
  dateRangeEnd,
  dateRangeStart,
  ENTITY_TYPES,
  type FinderQuery,
  type FinderResult,
  type RelatedPapers,
  type SharedBenchmarks,
  type TrendBucket,
  type Trends,
} from "@paperkg/core";
import { entitiesOfPaper, entityType, type SiteDb } from "./siteDb.ts";
import { titleHasWords } from "./siteSearch.ts";

/** `GET /api/papers` offline (see store `findPapers`); `q` matches titles only. */
export function siteFinder(db: SiteDb, q: FinderQuery): FinderResult {
  const ix = db.index;
  const required = ENTITY_TYPES.flatMap((t) => q[t]);
  const rows = required.map((id) => db.entityRow.get(id));
  if (rows.some((r) => r === undefined)) return { total: 0, papers: [] };
  const need = rows as number[];
  let candidates: number[] =
    need.length > 0
      ? [
          ...(db.papersOf[
            need.reduce((a, b) => ((db.papersOf[a]?.length ?? 0) <= (db.papersOf[b]?.length ?? 0) ? a : b))
          ] ?? []),
        ]
      : ix.papers.id.map((_, i) => i);
  const from = q.from ? dateRangeStart(q.from) : null;
  const to = q.to ? dateRangeEnd(q.to) : null;
  candidates = candidates.filter((p) => {
    const linked = new Set(entitiesOfPaper(db, p).map((x) => x.entity));
    if (!need.every((e) => linked.has(e))) return false;
    if (!q.community.every((c) => ix.papers.community[p] === c)) return false;
    const d = ix.papers.published[p];
    if (from && (!d || d < from)) return false;
    if (to && (!d || d > to)) return false;
    return !q.q || titleHasWords(db, p, q.q);
  });
  const byId = (a: number, b: number) => ((ix.papers.id[a] ?? "") < (ix.papers.id[b] ?? "") ? -1 : 1);
  candidates.sort(
    q.sort === "title"
      ? (a, b) =>
          (ix.papers.title[a] ?? "").toLowerCase().localeCompare((ix.papers.title[b] ?? "").toLowerCase()) ||
          byId(a, b)
      : q.sort === "pagerank"
        ? (a, b) => (ix.papers.pagerank[b] ?? 0) - (ix.papers.pagerank[a] ?? 0) || byId(a, b)
        : (a, b) => {
            const da = ix.papers.published[a] ?? "";
            const dbb = ix.papers.published[b] ?? "";
            return da !== dbb ? (da < dbb ? 1 : -1) : byId(a, b);
          },
  );
  const page = candidates.slice(q.offset, q.offset + q.limit);
  return {
    total: candidates.length,
    papers: page.map((p) => ({
      id: ix.papers.id[p] ?? "",
      title: ix.papers.title[p] ?? "",
      published: ix.papers.published[p] ?? null,
      authors: ix.papers.authors[p] ?? [],
      matched: need.map((e) => ({
        id: ix.entities.id[e] ?? "",
        name: ix.entities.name[e] ?? "",
        type: entityType(db, e),
      })),
    })),
  };
}

/** Σ 1 / log2(1 + paperCount) over shared entities: niche entities say more (as the server). */
const weight = (papers: number) => 1 / Math.log2(1 + Math.max(1, papers));

function sharing(db: SiteDb, paper: number, keep: (entity: number) => boolean, limit: number) {
  const ix = db.index;
  const shared = new Map<number, number[]>();
  const mine = entitiesOfPaper(db, paper)
    .map((x) => x.entity)
    .filter(keep)
    .sort((a, b) => (ix.entities.paperCount[a] ?? 0) - (ix.entities.paperCount[b] ?? 0));
  for (const e of mine)
    for (const q of db.papersOf[e] ?? []) if (q !== paper) shared.set(q, [...(shared.get(q) ?? []), e]);
  return [...shared]
    .map(([q, es]) => ({ q, es, score: es.reduce((s, e) => s + weight(ix.entities.paperCount[e] ?? 0), 0) }))
    .sort((a, b) => b.score - a.score || ((ix.papers.id[a.q] ?? "") < (ix.papers.id[b.q] ?? "") ? -1 : 1))
    .slice(0, limit);
}

/** `GET /api/papers/:id/related` offline: papers sharing entities (hubs left out). */
export function siteRelated(db: SiteDb, id: string, limit = 20): RelatedPapers | null {
  const p = db.paperRow.get(id);
  if (p === undefined) return null;
  const ix = db.index;
  return {
    paper: { id, title: ix.papers.title[p] ?? "" },
    papers: sharing(db, p, (e) => !db.hubs.has(e), limit).map(({ q, es, score }) => ({
      id: ix.papers.id[q] ?? "",
      title: ix.papers.title[q] ?? "",
      published: ix.papers.published[q] ?? null,
      score,
      shared: es.map((e) => ({
        id: ix.entities.id[e] ?? "",
        name: ix.entities.name[e] ?? "",
        type: entityType(db, e),
      })),
    })),
  };
}

/** `GET /api/papers/:id/shared-benchmarks` offline. */
export function siteSharedBenchmarks(db: SiteDb, id: string, limit = 100): SharedBenchmarks | null {
  const p = db.paperRow.get(id);
  if (p === undefined) return null;
  const ix = db.index;
  return {
    paper: { id, title: ix.papers.title[p] ?? "" },
    papers: sharing(db, p, (e) => entityType(db, e) === "benchmark", limit).map(({ q, es, score }) => ({
      id: ix.papers.id[q] ?? "",
      title: ix.papers.title[q] ?? "",
      score,
      shared: es.map((e) => ({ id: ix.entities.id[e] ?? "", name: ix.entities.name[e] ?? "" })),
    })),
  };
}

function bucketOf(date: string, bucket: TrendBucket): string {
  const y = date.slice(0, 4);
  if (bucket === "year") return y;
  const m = Number(date.slice(5, 7)) || 1;
  return bucket === "month" ? `${y}-${String(m).padStart(2, "0")}` : `${y}-Q${Math.ceil(m / 3)}`;
}

/** `GET /api/trends` offline: dated papers per bucket for each entity, over the buckets any of them spans. */
export function siteTrends(db: SiteDb, ids: readonly string[], bucket: TrendBucket): Trends {
  const ix = db.index;
  const perEntity = ids.map((id) => {
    const e = db.entityRow.get(id);
    const counts = new Map<string, number>();
    for (const p of e === undefined ? [] : (db.papersOf[e] ?? [])) {
      const d = ix.papers.published[p];
      if (d && d.length >= 7) counts.set(bucketOf(d, bucket), (counts.get(bucketOf(d, bucket)) ?? 0) + 1);
    }
    return { id, name: e === undefined ? id : (ix.entities.name[e] ?? id), counts };
  });
  const buckets = [...new Set(perEntity.flatMap((s) => [...s.counts.keys()]))].sort();
  return {
    bucket,
    buckets,
    series: perEntity.map((s) => ({
      id: s.id,
      name: s.name,
      counts: buckets.map((b) => s.counts.get(b) ?? 0),
    })),
  };
}
