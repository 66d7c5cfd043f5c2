import {
  communityKey,
  DERIVED_EDGE_TYPES,
  ENTITY_LABELS,
  type GraphPayload,
  type GraphView,
  isEntityType,
  type MemberKind,
  PAPER_LINKS,
  strongestLinks,
} from "@paperkg/core";
import type { Driver } from "neo4j-driver";
import { graphPayload, type NodeRow, nodeProjection, toGraphNode } from "./graphNodeRow.ts";
import { readAreas } from "./readAreas.ts";
import { readRows } from "./readRows.ts";

export interface GraphFilter {
  view: GraphView;
  /** Node kinds to include. */
  types: MemberKind[];
  community: number | null;
  /** Communities view: only this area's communities. */
  area: number | null;
  /** Communities view: links drawn per community (see strongestLinks). */
  links: number;
  from: string | null;
  to: string | null;
  minDegree: number;
  limit: number;
}

/** The node kinds a map view draws: papers alone, entities alone (of `types`), or `types`. */
export function viewTypes(filter: GraphFilter): MemberKind[] {
  if (filter.view === "papers") return ["paper"];
  if (filter.view === "entities") return filter.types.filter((t) => t !== "paper");
  return filter.types;
}

const SELECT_NODES = `
CALL () {
  MATCH (n:Paper)
  WHERE 'paper' IN $types
    AND ($community IS NULL OR n.community = $community)
    AND ($from IS NULL OR n.published >= $from) AND ($to IS NULL OR n.published <= $to)
    AND ($minDegree = 0 OR COUNT { (n)-[:${PAPER_LINKS}]->() } >= $minDegree)
  RETURN n
  UNION
  MATCH (n)
  WHERE any(l IN labels(n) WHERE l IN $entityLabels)
    AND ($community IS NULL OR n.community = $community)
    AND coalesce(n.paperCount, 0) >= $minDegree
    AND ($from IS NULL AND $to IS NULL OR EXISTS {
      (n)<-[:${PAPER_LINKS}]-(p:Paper) WHERE ($from IS NULL OR p.published >= $from) AND ($to IS NULL OR p.published <= $to)
    })
  RETURN n
}
WITH n ORDER BY n.pagerank DESC, n.id
WITH collect(n) AS ns
RETURN size(ns) AS total, [n IN ns[0..toInteger($limit)] | n ${nodeProjection("n")}] AS nodes`;

const BIPARTITE_EDGES = `
MATCH (p:Paper)-[r:${PAPER_LINKS}]->(e)
WHERE p.id IN $ids AND e.id IN $ids
RETURN p.id AS source, e.id AS target, type(r) AS type, 1.0 AS weight`;

/** Papers linked by the named entities they share (concepts and very common entities left out). */
const PAPER_EDGES = `
MATCH (p:Paper)-[:${PAPER_LINKS}]->(e)<-[:${PAPER_LINKS}]-(q:Paper)
WHERE p.id IN $ids AND q.id IN $ids AND p.id < q.id AND NOT e:Concept AND e.paperCount <= $maxShared
RETURN p.id AS source, q.id AS target, $derived AS type, toFloat(count(DISTINCT e)) AS weight`;

const ENTITY_EDGES = `
MATCH (e)<-[:${PAPER_LINKS}]-(p:Paper)-[:${PAPER_LINKS}]->(f)
WHERE e.id IN $ids AND f.id IN $ids AND e.id < f.id
RETURN e.id AS source, f.id AS target, $derived AS type, toFloat(count(DISTINCT p)) AS weight`;

const COMMUNITY_NODES = `
MATCH (n:Community) WHERE $area IS NULL OR n.area = $area
WITH n ORDER BY n.size DESC, n.id
WITH collect(n) AS ns
RETURN size(ns) AS total, [n IN ns[0..toInteger($limit)] | {
  key: n.id, label: n.label, kind: labels(n)[0], community: n.id, x: coalesce(n.x, 0.0), y: coalesce(n.y, 0.0),
  pagerank: toFloat(n.size), paperCount: n.papers, published: null, area: n.area
}] AS nodes`;

/** The link candidates the ingest stored (each community's strongest); the view keeps k per community. */
const COMMUNITY_EDGES = `
MATCH (a:Community)-[r:LINKS]->(b:Community)
WHERE $area IS NULL OR (a.area = $area AND b.area = $area)
RETURN a.id AS source, b.id AS target, toFloat(r.weight) AS weight, toFloat(r.strength) AS strength`;

/** The graph for the map: one of five views, filtered, the `limit` most central nodes first. */
export async function readGraph(
  driver: Driver,
  database: string,
  filter: GraphFilter,
): Promise<GraphPayload> {
  if (filter.view === "areas") return readAreas(driver, database, filter);
  if (filter.view === "communities") {
    const area = filter.area;
    const [row] = await readRows(driver, database, COMMUNITY_NODES, { limit: filter.limit, area });
    const nodes = ((row?.nodes as NodeRow[]) ?? []).map(toGraphNode);
    const keys = new Set(nodes.map((n) => n.key));
    const candidates = (await readRows(driver, database, COMMUNITY_EDGES, { area })).map((e) => ({
      source: Number(e.source),
      target: Number(e.target),
      weight: Number(e.weight),
      strength: Number(e.strength),
    }));
    const edges = strongestLinks(
      candidates.filter((l) => keys.has(communityKey(l.source)) && keys.has(communityKey(l.target))),
      filter.links,
    ).map((l) =>
      edge({
        source: communityKey(l.source),
        target: communityKey(l.target),
        type: DERIVED_EDGE_TYPES.links,
        weight: l.weight,
      }),
    );
    return graphPayload("communities", nodes, edges, Number(row?.total ?? 0));
  }
  const types = viewTypes(filter);
  const entityLabels = types.filter(isEntityType).map((t) => ENTITY_LABELS[t]);
  const [row] = await readRows(driver, database, SELECT_NODES, {
    types,
    entityLabels,
    community: filter.community,
    from: filter.from,
    to: filter.to,
    minDegree: filter.minDegree,
    limit: filter.limit,
  });
  const nodes = ((row?.nodes as NodeRow[]) ?? []).map(toGraphNode);
  const ids = nodes.map((n) => n.key);
  const query =
    filter.view === "papers" ? PAPER_EDGES : filter.view === "entities" ? ENTITY_EDGES : BIPARTITE_EDGES;
  const derived = filter.view === "papers" ? DERIVED_EDGE_TYPES.shares : DERIVED_EDGE_TYPES.coOccurs;
  const edges = (await readRows(driver, database, query, { ids, maxShared: 200, derived }, 30_000)).map((e) =>
    edge(e),
  );
  return graphPayload(filter.view, nodes, edges, Number(row?.total ?? 0));
}

function edge(e: Record<string, unknown>): GraphPayload["edges"][number] {
  const source = e.source as string;
  const target = e.target as string;
  const type = e.type as string;
  return {
    key: `${source}|${type}|${target}`,
    source,
    target,
    attributes: { type, weight: Number(e.weight) || 1 },
  };
}

export { edge as toGraphEdge };
