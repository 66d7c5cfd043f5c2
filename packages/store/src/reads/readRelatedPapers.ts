import { PAPER_LINKS, type RelatedPapers } from "@paperkg/core";
import type { Driver } from "neo4j-driver";
import { readRows } from "./readRows.ts";

/**
 * Papers sharing entities with $id, ranked by Σ 1 / log2(1 + paperCount) over the shared entities:
 * sharing a niche benchmark or method says more than sharing a common concept. Hub entities (on
 * more than a fifth of the papers) are left out: they link nearly everything.
 */
const RELATED = `
MATCH (p:Paper {id: $id})
OPTIONAL MATCH (p)-[:${PAPER_LINKS}]->(e)<-[:${PAPER_LINKS}]-(q:Paper)
WHERE q <> p AND NOT coalesce(e.hub, false)
WITH p, q, e ORDER BY e.paperCount, e.name
WITH p, q, collect(DISTINCT {id: e.id, name: e.name, type: e.type,
  w: 1.0 / (log(1.0 + coalesce(e.paperCount, 2)) / log(2.0))}) AS shared
WITH p, q, shared, reduce(s = 0.0, x IN shared | s + x.w) AS score
ORDER BY score DESC, q.id
WITH p, collect(CASE WHEN q IS NULL THEN NULL ELSE {id: q.id, title: q.title, published: q.published, score: score,
  shared: [x IN shared | {id: x.id, name: x.name, type: x.type}]} END)[0..toInteger($limit)] AS papers
RETURN p.id AS id, p.title AS title, papers`;

/** Papers related to paper `id` through shared entities, best first; null for an unknown paper. */
export async function readRelatedPapers(
  driver: Driver,
  database: string,
  id: string,
  limit: number,
): Promise<RelatedPapers | null> {
  const [row] = await readRows(driver, database, RELATED, { id, limit });
  if (!row) return null;
  const papers = (row.papers as RelatedPapers["papers"]).map((p) => ({
    ...p,
    published: p.published ?? null,
    score: Math.round(p.score * 1000) / 1000,
  }));
  return { paper: { id: String(row.id), title: String(row.title) }, papers };
}
