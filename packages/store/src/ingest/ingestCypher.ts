import { ENTITY_LABEL_LIST } from "@paperkg/core";

/**
 * Cypher of incremental ingest: the ingest lock, snapshots and what each ingest added. Kept apart
 * from `cypher.ts` (the graph writes) so the two evolve without stepping on each other.
 */

const ENTITY_MATCH = ENTITY_LABEL_LIST.map((l) => `n:${l}`).join(" OR ");

export const INGEST_SCHEMA_STATEMENTS = [
  "CREATE CONSTRAINT ingestlock_id IF NOT EXISTS FOR (l:IngestLock) REQUIRE l.id IS UNIQUE",
  "CREATE CONSTRAINT snapshot_id IF NOT EXISTS FOR (s:Snapshot) REQUIRE s.id IS UNIQUE",
  "CREATE INDEX snapshot_seq IF NOT EXISTS FOR (s:Snapshot) ON (s.seq)",
  "CREATE INDEX paper_first_seen IF NOT EXISTS FOR (p:Paper) ON (p.firstSeen)",
];

/**
 * Take the lock when it is free, ours, or expired. `ON MATCH SET` writes first, so this transaction
 * holds the node's write lock before reading owner and expiry: two takers never both win.
 */
export const TAKE_INGEST_LOCK = `
MERGE (l:IngestLock {id: 'ingest'})
ON CREATE SET l.owner = $owner, l.expires = 0
ON MATCH SET l.probed = timestamp()
WITH l, (l.owner = $owner OR l.expires < timestamp() OR l.owner = $staleOwner) AS free
FOREACH (_ IN CASE WHEN free THEN [1] ELSE [] END |
  SET l.owner = $owner, l.host = $host, l.pid = $pid, l.since = timestamp(), l.expires = timestamp() + $ttlMs)
RETURN l.owner AS owner, l.host AS host, l.pid AS pid, l.since AS since, l.expires - timestamp() AS expiresInMs`;

export const RENEW_INGEST_LOCK = `
MATCH (l:IngestLock {id: 'ingest'}) WHERE l.owner = $owner
SET l.expires = timestamp() + $ttlMs
RETURN count(l) AS held`;

export const RELEASE_INGEST_LOCK = `
MATCH (l:IngestLock {id: 'ingest'}) WHERE l.owner = $owner
DELETE l`;

/** A new snapshot, numbered after the last one; `complete` turns true when its ingest finished. */
export const CREATE_SNAPSHOT = `
OPTIONAL MATCH (prev:Snapshot)
WITH coalesce(max(prev.seq), 0) + 1 AS seq
CREATE (s:Snapshot {id: 's' + toString(seq), seq: seq, at: datetime().epochMillis, inputs: $inputs,
  inputCount: $inputCount, settings: $settings, analytics: $analytics, nonce: $nonce, complete: false})
RETURN s.id AS id, s.seq AS seq`;

/**
 * The last snapshot, and the papers in the graph when the newest completed one with its settings
 * recomputed communities (`recomputedPapers`, null when none did).
 */
export const LAST_SNAPSHOT = `
MATCH (s:Snapshot) WITH s ORDER BY s.seq DESC LIMIT 1
OPTIONAL MATCH (f:Snapshot)
  WHERE f.complete = true AND coalesce(f.analytics, 'full') = 'full' AND f.settings = s.settings
WITH s, f ORDER BY f.seq DESC LIMIT 1
RETURN s.id AS id, s.seq AS seq, s.complete AS complete, s.settings AS settings,
  coalesce(s.analytics, 'full') AS analytics, coalesce(s.papers, 0) AS papers, coalesce(s.communities, 0) AS communities,
  s.nonce AS nonce, f.papers AS recomputedPapers`;

/** Nodes no snapshot has seen yet get this one's number; what a diff is computed from. */
export const MARK_FIRST_SEEN = `
MATCH (n) WHERE (n:Paper OR n:Community OR ${ENTITY_MATCH}) AND n.firstSeen IS NULL
CALL (n) { SET n.firstSeen = $seq } IN TRANSACTIONS OF 10000 ROWS`;

export const COMPLETE_SNAPSHOT = `
MATCH (s:Snapshot {id: $id})
SET s += $counts, s.complete = true, s.finishedAt = datetime().epochMillis`;

/** The stored papers among `$ids`, to tell whether an input changes anything. */
export const READ_PAPERS_BY_ID = `
UNWIND $ids AS id
MATCH (p:Paper {id: id})
RETURN p {.*} AS paper`;

/** Entity labels listed first among entities first seen: what a researcher scans a day for. */
export const CHANGES_LABEL_PRIORITY = ["Benchmark", "Model", "Method"];

export const READ_SNAPSHOTS = `
MATCH (s:Snapshot)
RETURN s {.id, .seq, .at, .inputs, .papers, .entities, .communities, .complete} AS snapshot
ORDER BY s.seq DESC LIMIT toInteger($max)`;

export const CHANGED_PAPERS = `
MATCH (p:Paper) WHERE p.firstSeen > $seq
WITH p ORDER BY p.published DESC, p.id
WITH collect(p) AS ps
RETURN size(ps) AS total, [p IN ps[0..toInteger($limit)] | {id: p.id, label: p.title, published: p.published}] AS items`;

export const CHANGED_ENTITIES = `
MATCH (n) WHERE (${ENTITY_MATCH}) AND n.firstSeen > $seq
WITH n, labels(n)[0] AS label
WITH n, label, CASE WHEN label IN $priority THEN 0 ELSE 1 END AS tier,
     [i IN range(0, size($priority) - 1) WHERE $priority[i] = label][0] AS rank
ORDER BY tier, rank, n.paperCount DESC, n.id
WITH collect({id: n.id, nodeLabel: label, label: n.name, paperCount: coalesce(n.paperCount, 0)}) AS es
RETURN size(es) AS total, es[0..toInteger($limit)] AS items`;

/** Entities seen before `$seq` that new papers link, ranked by how many new papers do. */
export const GROWN_ENTITIES = `
MATCH (p:Paper)-[]->(n) WHERE p.firstSeen > $seq AND (${ENTITY_MATCH}) AND n.firstSeen <= $seq
WITH n, count(DISTINCT p) AS newPapers
ORDER BY newPapers DESC, n.paperCount DESC, n.id
WITH collect({id: n.id, nodeLabel: labels(n)[0], label: n.name, newPapers: newPapers,
  paperCount: coalesce(n.paperCount, 0)}) AS es
RETURN size(es) AS total, es[0..toInteger($limit)] AS items`;

export const CHANGED_COMMUNITIES = `
MATCH (c:Community)
WITH c, c.firstSeen > $seq AS born, coalesce(c.changedIn, 0) > $seq AS reshaped,
     COUNT { MATCH (p:Paper) WHERE p.community = c.id AND p.firstSeen > $seq } AS newPapers
WHERE born OR newPapers > 0 OR reshaped
ORDER BY born DESC, reshaped DESC, newPapers DESC, c.id
WITH collect({id: c.id, label: c.label, born: born, newPapers: newPapers, papers: coalesce(c.papers, 0),
  splitFrom: CASE WHEN reshaped THEN coalesce(c.splitFrom, []) ELSE [] END,
  mergedFrom: CASE WHEN reshaped THEN coalesce(c.mergedFrom, []) ELSE [] END}) AS cs
RETURN size(cs) AS total, cs[0..toInteger($limit)] AS items`;

/** A recomputed community's lineage: split off one earlier community, or merged from several. */
export const MARK_COMMUNITY_LINEAGE = `
UNWIND $rows AS row
MATCH (c:Community {id: row.id})
SET c.splitFrom = row.splitFrom, c.mergedFrom = row.mergedFrom, c.changedIn = row.seq`;

/**
 * Where the completed ingests left every node: the start of an incremental analytics update. Nodes
 * an interrupted ingest added (no `firstSeen` yet) are left out, so its re-run places them afresh,
 * exactly as an uninterrupted run would have.
 */
export const READ_PLACEMENTS = `
MATCH (n) WHERE (n:Paper OR ${ENTITY_MATCH}) AND n.firstSeen IS NOT NULL AND n.community IS NOT NULL
  AND n.x IS NOT NULL
RETURN [n.id, n.community, n.x, n.y, coalesce(n.pagerank, 0.0), coalesce(n.hub, false)] AS row`;

/**
 * Each stored community and area as writeAnalytics stored it (label, sizes, area, centre): what an
 * update may keep, and what the next write compares its rows with.
 */
export const READ_COMMUNITY_AREAS = `
MATCH (c:Community)
RETURN 'community' AS level, c.id AS id, coalesce(c.area, 0) AS area, coalesce(c.label, '') AS label,
  coalesce(c.topTerms, []) AS topTerms, c.size AS size, c.papers AS papers, 0 AS communities, c.x AS x, c.y AS y
UNION ALL
MATCH (a:Area)
RETURN 'area' AS level, a.id AS id, 0 AS area, coalesce(a.label, '') AS label, coalesce(a.topTerms, []) AS topTerms,
  a.size AS size, a.papers AS papers, a.communities AS communities, a.x AS x, a.y AS y`;

/** The stored links between communities and between areas, `[level, source, target, weight, strength]`. */
export const READ_GROUP_LINKS = `
MATCH (a:Community)-[r:LINKS]->(b:Community)
RETURN ['community', a.id, b.id, r.weight, r.strength] AS row
UNION ALL
MATCH (a:Area)-[r:LINKS]->(b:Area)
RETURN ['area', a.id, b.id, r.weight, r.strength] AS row`;
