import { type ApiNodeAttributes, communityKey, type GraphPayload } from "@paperkg/core";
import { kindOfRow } from "./kindOfRow.ts";

/** Cypher map projection of node variable `v` into the API's node attributes (used by every graph-returning read). */
export const nodeProjection = (v: string) => `{
  key: ${v}.id,
  label: coalesce(${v}.name, ${v}.title, ${v}.label, ${v}.id),
  kind: labels(${v})[0],
  community: ${v}.community,
  x: coalesce(${v}.x, 0.0),
  y: coalesce(${v}.y, 0.0),
  pagerank: coalesce(${v}.pagerank, 0.0),
  paperCount: ${v}.paperCount,
  published: ${v}.published,
  hub: coalesce(${v}.hub, false)
}`;

/** `nodeProjection` computed from a node's first label and stored properties (read whole elsewhere). */
export function nodeRowOf(label: string, p: Record<string, unknown>): NodeRow {
  const pick = <T>(v: unknown, fallback: T) => (v === undefined || v === null ? fallback : (v as T));
  return {
    key: p.id as string,
    label: String(pick(p.name, pick(p.title, pick(p.label, p.id)))),
    kind: label,
    community: pick(p.community, null),
    x: pick(p.x, 0),
    y: pick(p.y, 0),
    pagerank: pick(p.pagerank, 0),
    paperCount: pick(p.paperCount, null),
    published: pick(p.published, null),
    hub: pick(p.hub, false),
  };
}

export interface NodeRow {
  key: string;
  label: string;
  /** The node's first Neo4j label. */
  kind: string;
  community: number | null;
  x: number;
  y: number;
  pagerank: number;
  paperCount: number | null;
  published: string | null;
  hub?: boolean | null;
  /** Community nodes: the area holding the community. */
  area?: number | null;
}

/** A projected node row as a graphology node entry (community nodes get their `community:<n>` key). */
export function toGraphNode(row: NodeRow): GraphPayload["nodes"][number] {
  const kind = kindOfRow(row.kind);
  const attributes: ApiNodeAttributes = {
    label: row.label,
    kind,
    community: row.community ?? null,
    x: Number(row.x) || 0,
    y: Number(row.y) || 0,
    pagerank: Number(row.pagerank) || 0,
    paperCount: row.paperCount ?? null,
    published: row.published ?? null,
    ...(row.hub ? { hub: true } : {}),
    ...(row.area !== undefined && row.area !== null ? { area: Number(row.area) } : {}),
  };
  return { key: kind === "community" ? communityKey(Number(row.key)) : row.key, attributes };
}

export function graphPayload(
  view: GraphPayload["attributes"]["view"],
  nodes: GraphPayload["nodes"],
  edges: GraphPayload["edges"],
  totalNodes: number,
): GraphPayload {
  return {
    options: { type: "undirected", multi: false, allowSelfLoops: false },
    attributes: { view, truncated: totalNodes > nodes.length, totalNodes },
    nodes,
    edges,
  };
}
