import { areaKey, DERIVED_EDGE_TYPES, type GraphPayload, strongestLinks } from "@paperkg/core";
import type { Driver } from "neo4j-driver";
import { graphPayload } from "./graphNodeRow.ts";
import { readRows } from "./readRows.ts";

/** The stored areas, largest first, with what an area node shows (read, never computed, per request). */
const AREA_NODES = `
MATCH (n:Area)
WITH n ORDER BY n.size DESC, n.id
WITH collect(n) AS ns
RETURN size(ns) AS total, [n IN ns[0..toInteger($limit)] | {
  id: n.id, label: n.label, x: coalesce(n.x, 0.0), y: coalesce(n.y, 0.0), size: n.size, papers: n.papers
}] AS nodes`;

/** The link candidates the ingest stored (each area's strongest); the view keeps k per area. */
const AREA_EDGES = `
MATCH (a:Area)-[r:LINKS]->(b:Area)
RETURN a.id AS source, b.id AS target, toFloat(r.weight) AS weight, toFloat(r.strength) AS strength`;

/**
 * The areas view (`GET /api/graph?view=areas`): one node per area (`area:<n>`, its label, size
 * and stored centroid) and each area's `links` strongest links — the corpus overview, from what
 * the ingest stored.
 */
export async function readAreas(
  driver: Driver,
  database: string,
  options: { limit: number; links: number },
): Promise<GraphPayload> {
  const [row] = await readRows(driver, database, AREA_NODES, { limit: options.limit });
  const rows = (row?.nodes ?? []) as {
    id: number;
    label: string;
    x: number;
    y: number;
    size: number;
    papers: number | null;
  }[];
  const nodes: GraphPayload["nodes"] = rows.map((a) => ({
    key: areaKey(Number(a.id)),
    attributes: {
      label: a.label,
      kind: "area",
      community: null,
      area: Number(a.id),
      x: Number(a.x) || 0,
      y: Number(a.y) || 0,
      pagerank: Number(a.size) || 0,
      paperCount: a.papers === null ? null : Number(a.papers),
      published: null,
    },
  }));
  const ids = new Set(rows.map((a) => Number(a.id)));
  const candidates = (await readRows(driver, database, AREA_EDGES, {}))
    .map((e) => ({
      source: Number(e.source),
      target: Number(e.target),
      weight: Number(e.weight),
      strength: Number(e.strength),
    }))
    .filter((l) => ids.has(l.source) && ids.has(l.target));
  const type = DERIVED_EDGE_TYPES.links;
  const edges = strongestLinks(candidates, options.links).map((l) => {
    const source = areaKey(l.source);
    const target = areaKey(l.target);
    return { key: `${source}|${type}|${target}`, source, target, attributes: { type, weight: l.weight } };
  });
  return graphPayload("areas", nodes, edges, Number(row?.total ?? 0));
}
