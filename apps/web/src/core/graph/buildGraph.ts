import {
  type ApiEdgeAttributes,
  type ApiNodeAttributes,
  communityColor,
  type GraphPayload,
} from "@paperkg/core";
import Graph from "graphology";
import { KIND_STYLE } from "./kindStyle.ts";

/** Node attributes on the map: the API's plus what sigma draws. */
export interface MapNodeAttributes extends ApiNodeAttributes {
  size: number;
  color: string;
  borderColor: string;
  borderSize: number;
  forceLabel: boolean;
  type: "border";
}
/** Edge attributes on the map; the relationship type moves to `relation` (sigma reads `type` as its program). */
export interface MapEdgeAttributes {
  relation: ApiEdgeAttributes["type"];
  weight: number;
  size: number;
  color: string;
  type: "line";
}
export type MapGraph = Graph<MapNodeAttributes, MapEdgeAttributes>;

/** Nodes whose label is always drawn (the most central ones); the rest follow sigma's label grid. */
export const FORCED_LABELS = 12;

/**
 * A graphology graph ready for sigma from an API payload: fill colour by community, border colour
 * by kind, size by PageRank (community nodes by member count), labels forced on the top nodes.
 */
export function buildGraph(payload: GraphPayload): MapGraph {
  let maxRank = 0;
  let maxCount = 1;
  for (const n of payload.nodes) {
    maxRank = Math.max(maxRank, n.attributes.pagerank);
    maxCount = Math.max(maxCount, n.attributes.paperCount ?? 0);
  }
  const ranked = [...payload.nodes]
    .sort((a, b) => weight(b.attributes, maxRank, maxCount) - weight(a.attributes, maxRank, maxCount))
    .slice(0, FORCED_LABELS);
  const forced = new Set(ranked.map((n) => n.key));
  let maxEdge = 1;
  for (const e of payload.edges) maxEdge = Math.max(maxEdge, e.attributes.weight);
  const graph: MapGraph = new Graph({ type: "undirected", multi: false, allowSelfLoops: false });
  graph.import({
    options: payload.options,
    attributes: payload.attributes,
    nodes: payload.nodes.map((n) => {
      const w = weight(n.attributes, maxRank, maxCount);
      const isCommunity = n.attributes.kind === "community";
      return {
        key: n.key,
        attributes: {
          ...n.attributes,
          label: shortLabel(n.attributes.label, n.attributes.kind),
          // Hubs (entities on a large share of the papers) would dwarf everything: drawn small.
          size: isCommunity ? 6 + 24 * w : n.attributes.hub ? 3 : 3 + 13 * w,
          color: communityColor(n.attributes.community),
          borderColor: KIND_STYLE[n.attributes.kind].color,
          borderSize: n.attributes.kind === "paper" ? 0.15 : isCommunity ? 0.08 : 0.4,
          forceLabel: forced.has(n.key),
          type: "border" as const,
        },
      };
    }),
    edges: payload.edges.map((e) => ({
      key: e.key,
      source: e.source,
      target: e.target,
      attributes: {
        relation: e.attributes.type,
        weight: e.attributes.weight,
        type: "line" as const,
        size: e.attributes.type === "LINKS" ? 0.5 + 5 * Math.sqrt(e.attributes.weight / maxEdge) : 0.6,
        color: e.attributes.type === "LINKS" ? "#94a3b8" : "#cbd5e1",
      },
    })),
  });
  return graph;
}

/** 0–1 importance: square root of PageRank share, or of member count for community nodes. */
function weight(a: ApiNodeAttributes, maxRank: number, maxCount: number): number {
  if (a.kind === "community") return Math.sqrt((a.paperCount ?? 0) / maxCount);
  return maxRank > 0 ? Math.sqrt(a.pagerank / maxRank) : 0.3;
}

/** Map label: a paper's title up to its colon (usually the method name) or its first words. */
export function shortLabel(label: string, kind: ApiNodeAttributes["kind"]): string {
  if (kind !== "paper") return label;
  const colon = label.indexOf(":");
  if (colon >= 3 && colon <= 40) return label.slice(0, colon);
  return label.length > 42 ? `${label.slice(0, 40).replace(/\s+\S*$/, "")}…` : label;
}
