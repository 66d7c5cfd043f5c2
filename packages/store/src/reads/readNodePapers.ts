import { ApiLink, labelOfId, type NodePapers, PAPER_LINKS } from "@paperkg/core";
import type { Driver } from "neo4j-driver";
import { linkProjection } from "./linkProjection.ts";
import { encodePaperCursor, type PaperCursor } from "./paperCursor.ts";
import { parseRecord } from "./parseRecord.ts";
import { readRows } from "./readRows.ts";

/**
 * Above this many papers an entity's page is read by walking the papers' date index newest first
 * and keeping those linked to it (a hub links to a large share of all papers, so a page is found
 * after a few hundred index entries); below it, by expanding the entity's links and sorting them.
 */
export const INDEX_WALK_MIN_PAPERS = 2_000;

const totalQuery = (label: string) => `
MATCH (n:${label} {id: $id})
RETURN COUNT { (n)<-[:${PAPER_LINKS}]-(:Paper) } AS total`;

const AFTER = `($after IS NULL OR day < $after.published OR (day = $after.published AND p.id < $after.id))`;

const expandQuery = (label: string) => `
MATCH (n:${label} {id: $id})<-[r:${PAPER_LINKS}]-(p:Paper)
WITH p, r, coalesce(p.published, '') AS day
WHERE ${AFTER}
RETURN p.id AS id, p.title AS label, p.published AS published, day, ${linkProjection("r")} AS link
ORDER BY day DESC, id DESC LIMIT toInteger($limit)`;

/** Papers without a date are left out of the walk: a hub's newest papers all have one. */
const indexWalkQuery = (label: string) => `
MATCH (n:${label} {id: $id})
MATCH (p:Paper) USING INDEX p:Paper(published)
WHERE p.published <= $maxDay
WITH n, p, p.published AS day
WHERE ${AFTER}
MATCH (p)-[r:${PAPER_LINKS}]->(n)
RETURN p.id AS id, p.title AS label, p.published AS published, day, ${linkProjection("r")} AS link
ORDER BY day DESC, id DESC LIMIT toInteger($limit)`;

/**
 * One page of the papers linked to entity `id`, newest first, `limit` long, starting after the
 * cursor's paper; null for an unknown id. Never reads more of a hub's links than a page needs.
 */
export async function readNodePapers(
  driver: Driver,
  database: string,
  id: string,
  options: { limit: number; after: PaperCursor | null; indexWalkMin?: number },
): Promise<NodePapers | null> {
  const label = labelOfId(id);
  const [count] = await readRows(driver, database, totalQuery(label), { id });
  if (!count) return null;
  const total = Number(count.total);
  const query =
    total >= (options.indexWalkMin ?? INDEX_WALK_MIN_PAPERS) ? indexWalkQuery(label) : expandQuery(label);
  const rows = await readRows(driver, database, query, {
    id,
    after: options.after,
    maxDay: options.after?.published || "9999",
    limit: options.limit + 1,
  });
  const page = rows.slice(0, options.limit);
  const last = page.at(-1);
  return {
    papers: page.map((p) => ({
      id: String(p.id),
      kind: "paper" as const,
      label: String(p.label),
      published: (p.published as string | null) ?? null,
      link: parseRecord(ApiLink, p.link, `link of "${id}"`),
    })),
    total,
    nextCursor:
      rows.length > options.limit && last
        ? encodePaperCursor({ published: String(last.day), id: String(last.id) })
        : null,
  };
}
