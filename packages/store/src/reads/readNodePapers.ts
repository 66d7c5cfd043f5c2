import { ApiLink, labelOfId, type NodePapers, PAPER_LINKS } from "@paperkg/core";
import type { Driver } from "neo4j-driver";
import { chooseIndexWalk, type IndexWalk } from "./indexWalk.ts";
import { linkProjection } from "./linkProjection.ts";
import { encodePaperCursor, type PaperCursor } from "./paperCursor.ts";
import { parseRecord } from "./parseRecord.ts";
import { readRows } from "./readRows.ts";

/** The entity's papers in all, and all papers (both from Neo4j's counts, not by reading links). */
export const totalQuery = (label: string) => `
MATCH (n:${label} {id: $id})
RETURN COUNT { (n)<-[:${PAPER_LINKS}]-(:Paper) } AS total, COUNT { (:Paper) } AS papers`;

const AFTER = `($after IS NULL OR day < $after.published OR (day = $after.published AND p.id < $after.id))`;

const expandQuery = (label: string) => `
MATCH (n:${label} {id: $id})<-[r:${PAPER_LINKS}]-(p:Paper)
WITH p, r, coalesce(p.published, '') AS day
WHERE ${AFTER}
RETURN p.id AS id, p.title AS label, p.published AS published, day, ${linkProjection("r")} AS link
ORDER BY day DESC, id DESC LIMIT toInteger($limit)`;

/**
 * The papers' date index read newest first (the ORDER BY right after the index seek is what lets
 * Neo4j take the index's order and stop at the LIMIT), each checked for a link to the entity.
 * Papers without a date are not in the index: \`undatedQuery\` reads them after the dated ones.
 */
const indexWalkQuery = (label: string) => `
MATCH (p:Paper) WHERE p.published <= $maxDay
WITH p, p.published AS day ORDER BY day DESC, p.id DESC
WHERE ${AFTER}
MATCH (p)-[r:${PAPER_LINKS}]->(n:${label} {id: $id})
RETURN p.id AS id, p.title AS label, p.published AS published, day, ${linkProjection("r")} AS link
LIMIT toInteger($limit)`;

/** An entity's papers without a date (the last pages of a walk), by id, descending. */
const undatedQuery = (label: string) => `
MATCH (n:${label} {id: $id})<-[r:${PAPER_LINKS}]-(p:Paper)
WHERE p.published IS NULL AND ($afterId IS NULL OR p.id < $afterId)
RETURN p.id AS id, p.title AS label, null AS published, '' AS day, ${linkProjection("r")} AS link
ORDER BY id DESC LIMIT toInteger($limit)`;

/**
 * One page of the papers linked to entity `id`, newest first, `limit` long, starting after the
 * cursor's paper; null for an unknown id. Never reads more of a hub's links than a page needs.
 */
export async function readNodePapers(
  driver: Driver,
  database: string,
  id: string,
  options: { limit: number; after: PaperCursor | null; walk?: IndexWalk },
): Promise<NodePapers | null> {
  const label = labelOfId(id);
  const [count] = await readRows(driver, database, totalQuery(label), { id });
  if (!count) return null;
  const total = Number(count.total);
  const walk = options.walk ?? chooseIndexWalk(total, Number(count.papers), options.limit);
  const after = options.after;
  const limit = options.limit + 1;
  let rows: Record<string, unknown>[] = [];
  if (walk === "expand") rows = await readRows(driver, database, expandQuery(label), { id, after, limit });
  else {
    if (after?.published !== "")
      rows = await readRows(driver, database, indexWalkQuery(label), {
        id,
        after,
        maxDay: after?.published || "9999",
        limit,
      });
    if (rows.length < limit) {
      const afterId = after?.published === "" ? after.id : null;
      const tail = await readRows(driver, database, undatedQuery(label), {
        id,
        afterId,
        limit: limit - rows.length,
      });
      rows = [...rows, ...tail];
    }
  }
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
