import { ENTITY_LABEL_LIST, type ViewCypher } from "@paperkg/core";
import { CHANGES_LABEL_PRIORITY } from "../ingest/ingestCypher.ts";
import { indent } from "./linksAmongShown.ts";

const ENTITIES = ENTITY_LABEL_LIST.join("|");
/** Benchmarks, models and methods first (`CHANGES_LABEL_PRIORITY`), as `readChanges` lists them. */
const PRIORITY = `CASE ${CHANGES_LABEL_PRIORITY.map((l, i) => `WHEN n:${l} THEN ${i}`).join(" ")} ELSE ${CHANGES_LABEL_PRIORITY.length} END`;

const LISTS = [
  `MATCH (p:Paper) WHERE p.firstSeen > $seq
WITH p ORDER BY p.published DESC, p.id LIMIT $limit
RETURN 'new paper' AS change, p AS node`,
  `MATCH (n:${ENTITIES}) WHERE n.firstSeen > $seq
WITH n ORDER BY ${PRIORITY}, n.paperCount DESC, n.id LIMIT $limit
RETURN 'new entity' AS change, n AS node`,
  `MATCH (p:Paper)-->(n:${ENTITIES}) WHERE p.firstSeen > $seq AND n.firstSeen <= $seq
WITH n, count(DISTINCT p) AS newPapers
ORDER BY newPapers DESC, n.paperCount DESC, n.id LIMIT $limit
RETURN 'grown entity' AS change, n AS node`,
  `MATCH (c:Community)
WITH c, c.firstSeen > $seq AS born, coalesce(c.changedIn, 0) > $seq AS reshaped,
     COUNT { MATCH (p:Paper) WHERE p.community = c.id AND p.firstSeen > $seq } AS newPapers
WHERE born OR newPapers > 0 OR reshaped
WITH c ORDER BY born DESC, reshaped DESC, newPapers DESC, c.id LIMIT $limit
RETURN 'community' AS change, c AS node`,
];

/**
 * The Cypher of what's new (`GET /api/changes`): the ingests after snapshot number `seq` (0: every
 * node), the four lists one after the other, one row per item (`change`, `node`), each capped at
 * `limit` and in the answer's order. Nodes carry `firstSeen`, the snapshot number that added them.
 */
export function changesCypher(seq: number, limit: number): ViewCypher {
  const query = `CALL () {
${indent(LISTS.join("\nUNION ALL\n"), 2)}
}
RETURN change, node`;
  return { query, params: { seq, limit } };
}
