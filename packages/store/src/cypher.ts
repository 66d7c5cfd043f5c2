import {
  ENTITY_LABEL_LIST,
  type EntityLabel,
  NODE_LABEL_LIST,
  NODE_LABELS,
  PAPER_LINKS,
  RELATIONSHIP_TYPES,
  type RelationshipType,
} from "@paperkg/core";

/**
 * Every Cypher statement the store runs, as named constants. Labels and relationship types cannot
 * be parameters in Cypher, so the per-label statements are generated here from the closed sets in
 * `@paperkg/core` — never from user input.
 */
export const SCHEMA_STATEMENTS: string[] = [
  ...NODE_LABEL_LIST.map(
    (label) =>
      `CREATE CONSTRAINT ${label.toLowerCase()}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`,
  ),
  ...ENTITY_LABEL_LIST.map(
    (label) => `CREATE INDEX ${label.toLowerCase()}_name IF NOT EXISTS FOR (n:${label}) ON (n.name)`,
  ),
  ...ENTITY_LABEL_LIST.map(
    (label) =>
      `CREATE INDEX ${label.toLowerCase()}_community IF NOT EXISTS FOR (n:${label}) ON (n.community)`,
  ),
  "CREATE INDEX paper_community IF NOT EXISTS FOR (n:Paper) ON (n.community)",
  "CREATE INDEX paper_published IF NOT EXISTS FOR (n:Paper) ON (n.published)",
  // Read in PageRank order: a hub's most central papers, the map's most central nodes.
  "CREATE INDEX paper_pagerank IF NOT EXISTS FOR (n:Paper) ON (n.pagerank)",
  "CREATE INDEX model_family IF NOT EXISTS FOR (n:Model) ON (n.family)",
  "CREATE FULLTEXT INDEX paper_text IF NOT EXISTS FOR (n:Paper) ON EACH [n.title, n.abstract]",
  `CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:${ENTITY_LABEL_LIST.join("|")}) ON EACH [n.name, n.aliasesText]`,
];

/** `SCHEMA_NAMES[i]`: the name `SCHEMA_STATEMENTS[i]` creates. */
export const SCHEMA_NAMES: string[] = SCHEMA_STATEMENTS.map((statement) => {
  const name = /^CREATE (?:CONSTRAINT|(?:FULLTEXT )?INDEX) (\w+) IF NOT EXISTS /.exec(statement)?.[1];
  if (!name) throw new Error(`schema statement without a name: ${statement}`);
  return name;
});

export const AWAIT_INDEXES = "CALL db.awaitIndexes(300)";

/** `contentHash` goes only once the paper's links are written too (MARK_PAPERS_WRITTEN). */
export const UPSERT_PAPERS = `
UNWIND $rows AS row
MERGE (p:Paper {id: row.id})
SET p += row
REMOVE p.contentHash`;

/** A paper and its links are in the graph as `hash` describes them: a later run may skip them. */
export const MARK_PAPERS_WRITTEN = `
UNWIND $rows AS row
MATCH (p:Paper {id: row.id})
SET p.contentHash = row.hash`;

/** What each stored paper (with its links) and entity was written from, for writing only changes. */
export const READ_CONTENT_HASHES = `
MATCH (n) WHERE n:Paper OR ${ENTITY_LABEL_LIST.map((l) => `n:${l}`).join(" OR ")}
RETURN n.id AS id, n.contentHash AS hash`;

/** Papers whose write was cut short: their links may not be what their content says. */
export const READ_UNHASHED_PAPERS = `
MATCH (p:Paper) WHERE p.contentHash IS NULL
RETURN p.id AS id`;

/** Some papers' content hashes and the entities they link to now. */
export const READ_PAPER_HASHES = `
UNWIND $ids AS id
MATCH (p:Paper {id: id})
RETURN p.id AS id, p.contentHash AS hash,
  [(p)-[r]->(e) WHERE type(r) <> 'IN_COMMUNITY' | e.id] AS linked`;

/** `READ_ENTITY_HASHES[label]`: some entities' content hashes. */
export const READ_ENTITY_HASHES: Record<EntityLabel, string> = Object.fromEntries(
  ENTITY_LABEL_LIST.map((label) => [
    label,
    `
UNWIND $ids AS id
MATCH (e:${label} {id: id})
RETURN e.id AS id, e.contentHash AS hash`,
  ]),
) as Record<EntityLabel, string>;

export const UPSERT_ENTITIES: Record<EntityLabel, string> = Object.fromEntries(
  ENTITY_LABEL_LIST.map((label) => [
    label,
    `
UNWIND $rows AS row
MERGE (e:${label} {id: row.id})
SET e.name = row.name, e.type = row.type, e.aliases = row.aliases, e.aliasesText = row.aliasesText,
    e.family = row.family, e.paperCount = row.paperCount, e.contentHash = row.contentHash`,
  ]),
) as Record<EntityLabel, string>;

/** `UPSERT_LINKS[type][label]`: MERGE Paper -[type]-> (label) with its evidence; `results` is JSON text. */
export const UPSERT_LINKS = Object.fromEntries(
  RELATIONSHIP_TYPES.map((type) => [
    type,
    Object.fromEntries(
      ENTITY_LABEL_LIST.map((label) => [
        label,
        `
UNWIND $rows AS row
MATCH (p:Paper {id: row.paper})
MATCH (e:${label} {id: row.entity})
MERGE (p)-[r:${type}]->(e)
SET r.evidence = row.evidence, r.spans = row.spans, r.confidence = row.confidence, r.rule = row.rule,
    r.metric = row.metric, r.value = row.value, r.results = row.results`,
      ]),
    ),
  ]),
) as Record<RelationshipType, Record<EntityLabel, string>>;

/** Remove links a paper no longer has (after re-extraction), keyed `entityId|TYPE`. */
export const DELETE_STALE_LINKS = `
UNWIND $rows AS row
MATCH (p:Paper {id: row.id})-[r]->(e)
WHERE type(r) <> 'IN_COMMUNITY' AND NOT (e.id + '|' + type(r)) IN row.keys
DELETE r`;

/** Papers merged into another one (their id changed, e.g. a title-only record that met its arXiv id). */
export const DELETE_PAPERS = `
UNWIND $rows AS id
MATCH (p:Paper {id: id})
DETACH DELETE p`;

export const DELETE_ORPHAN_ENTITIES = `
MATCH (e)
WHERE (${ENTITY_LABEL_LIST.map((l) => `e:${l}`).join(" OR ")}) AND NOT EXISTS { (e)<-[]-(:Paper) }
DETACH DELETE e`;

/** `DELETE_ORPHANS_AMONG[label]`: of some entities (`$rows`: ids), those no paper links to any more. */
export const DELETE_ORPHANS_AMONG: Record<EntityLabel, string> = Object.fromEntries(
  ENTITY_LABEL_LIST.map((label) => [
    label,
    `
UNWIND $rows AS id
MATCH (e:${label} {id: id})
WHERE NOT EXISTS { (e)<-[]-(:Paper) }
DETACH DELETE e`,
  ]),
) as Record<EntityLabel, string>;

export const UPSERT_COMMUNITIES = `
UNWIND $rows AS row
MERGE (c:Community {id: row.id})
SET c.label = row.label, c.size = row.size, c.papers = row.papers, c.topTerms = row.topTerms, c.community = row.id,
    c.area = row.area, c.x = row.x, c.y = row.y`;

/** Communities whose id is not in this run's `$ids` (ids are content-derived, not 0..n). */
export const DELETE_EXTRA_COMMUNITIES = `
MATCH (c:Community) WHERE NOT c.id IN $ids
DETACH DELETE c`;

export const UPSERT_AREAS = `
UNWIND $rows AS row
MERGE (a:Area {id: row.id})
SET a.label = row.label, a.size = row.size, a.papers = row.papers, a.topTerms = row.topTerms,
    a.communities = row.communities, a.x = row.x, a.y = row.y`;

export const DELETE_EXTRA_AREAS = `
MATCH (a:Area) WHERE NOT a.id IN $ids
DETACH DELETE a`;

/** `DELETE_GROUP_LINKS[label]`: drop the stored links between communities (or areas)… */
export const DELETE_GROUP_LINKS: Record<"Community" | "Area", string> = {
  Community: "MATCH (:Community)-[r:LINKS]->(:Community) DELETE r",
  Area: "MATCH (:Area)-[r:LINKS]->(:Area) DELETE r",
};

/** …and store this run's candidates, `(lower id)-[:LINKS {weight, strength}]->(higher id)`. */
export const CREATE_GROUP_LINKS: Record<"Community" | "Area", string> = {
  Community: `
UNWIND $rows AS row
MATCH (a:Community {id: row.source}), (b:Community {id: row.target})
CREATE (a)-[:LINKS {weight: row.weight, strength: row.strength}]->(b)`,
  Area: `
UNWIND $rows AS row
MATCH (a:Area {id: row.source}), (b:Area {id: row.target})
CREATE (a)-[:LINKS {weight: row.weight, strength: row.strength}]->(b)`,
};

/** `DELETE_GROUP_LINK[label]`: drop some stored links between communities (or areas), by their ends. */
export const DELETE_GROUP_LINK: Record<"Community" | "Area", string> = Object.fromEntries(
  (["Community", "Area"] as const).map((label) => [
    label,
    `
UNWIND $rows AS row
MATCH (:${label} {id: row.source})-[r:LINKS]->(:${label} {id: row.target})
DELETE r`,
  ]),
) as Record<"Community" | "Area", string>;

/** `SET_GROUP_LINKS[label]`: a link's weight and strength, the link made when missing. */
export const SET_GROUP_LINKS: Record<"Community" | "Area", string> = Object.fromEntries(
  (["Community", "Area"] as const).map((label) => [
    label,
    `
UNWIND $rows AS row
MATCH (a:${label} {id: row.source}), (b:${label} {id: row.target})
MERGE (a)-[r:LINKS]->(b)
SET r.weight = row.weight, r.strength = row.strength`,
  ]),
) as Record<"Community" | "Area", string>;

/** `PLACE_NODES[label]`: community, position, rank, hub flag and the IN_COMMUNITY link. */
export const PLACE_NODES: Record<string, string> = Object.fromEntries(
  [NODE_LABELS.paper, ...ENTITY_LABEL_LIST].map((label) => [
    label,
    `
UNWIND $rows AS row
MATCH (n:${label} {id: row.id})
SET n.community = row.community, n.x = row.x, n.y = row.y, n.pagerank = row.pagerank, n.hub = row.hub
WITH n, row
OPTIONAL MATCH (n)-[old:IN_COMMUNITY]->(c0:Community) WHERE c0.id <> row.community
DELETE old
WITH DISTINCT n, row
MATCH (c:Community {id: row.community})
MERGE (n)-[:IN_COMMUNITY]->(c)`,
  ]),
);

export const READ_PAPERS = "MATCH (p:Paper) RETURN p {.*} AS paper ORDER BY p.id";

/** `COUNT_NODES[label]`: answered from Neo4j's count store, no scan. */
export const COUNT_NODES: Record<string, string> = Object.fromEntries(
  NODE_LABEL_LIST.map((label) => [label, `MATCH (n:${label}) RETURN count(n) AS c`]),
);

export const COUNT_RELATIONSHIPS_BY_TYPE = `
MATCH ()-[r]->() RETURN type(r) AS type, count(r) AS c ORDER BY type`;

export const NODE_IDS = `
MATCH (n) WHERE NOT n:Snapshot AND NOT n:IngestLock
RETURN n.id AS id, labels(n)[0] AS label, n.community AS community ORDER BY label, id`;

/** Papers and entities with the properties extraction decides (not analytics), for contentFingerprint. */
export const CONTENT_NODES = `
MATCH (n) WHERE n:Paper OR ${ENTITY_LABEL_LIST.map((l) => `n:${l}`).join(" OR ")}
RETURN labels(n)[0] AS label, n.id AS id, n.title AS title, n.abstract AS abstract, n.name AS name,
  n.aliases AS aliases, n.family AS family, n.paperCount AS paperCount
ORDER BY label, id`;

/** Every paper → entity link with its evidence, for contentFingerprint. */
export const CONTENT_LINKS = `
MATCH (p:Paper)-[r:${PAPER_LINKS}]->(e)
RETURN p.id AS paper, type(r) AS type, e.id AS entity, r.evidence AS evidence, r.spans AS spans,
  r.rule AS rule, r.confidence AS confidence, r.metric AS metric, r.value AS value
ORDER BY paper, entity, type`;
