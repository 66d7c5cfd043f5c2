import {
  type ApiEdgeAttributes,
  type ApiNodeAttributes,
  assignCommunityColors,
  communityColor,
  DERIVED_EDGE_TYPES,
  type GraphPayload,
  isGroupKind,
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
  /** A link of a hub: hidden until one of its ends is hovered or selected (it would cross the map). */
  hidden: boolean;
}
export type MapGraph = Graph<MapNodeAttributes, MapEdgeAttributes>;

/** Nodes whose label is always drawn (the most central ones); the rest follow sigma's label grid. */
export const FORCED_LABELS = 12;

/** Edge colours: links inside a community, links between two (drawn fainter), community links. */
const EDGE_COLORS = { inside: "#cbd5e1", between: "#e9edf2", links: "#94a3b8" } as const;

/**
 * A graphology graph ready for sigma from an API payload: fill colour by community (`colorOf`, the
 * map-aware assignment; by id when absent), a thin ring in the kind's colour, size by PageRank
 * (community nodes by member count), labels forced on the top nodes. The fill carries the region:
 * the ring stays thin so that kind colours do not mix the regions up; links between communities
 * are drawn fainter than links inside one, and a hub's links are hidden until it is hovered.
 */
export function buildGraph(
  payload: GraphPayload,
  colorOf: (community: number | null) => string = communityColor,
): MapGraph {
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
  const areaColors = assignCommunityColors(
    payload.nodes.flatMap((n) =>
      n.attributes.kind === "area" && typeof n.attributes.area === "number"
        ? [{ id: n.attributes.area, x: n.attributes.x, y: n.attributes.y, size: n.attributes.pagerank }]
        : [],
    ),
  );
  const fill = (a: ApiNodeAttributes) =>
    a.kind === "area" ? (areaColors.get(a.area ?? -1) ?? communityColor(a.area)) : colorOf(a.community);
  let maxEdge = 1;
  for (const e of payload.edges) maxEdge = Math.max(maxEdge, e.attributes.weight);
  const nodeInfo = new Map(payload.nodes.map((n) => [n.key, n.attributes]));
  const graph: MapGraph = new Graph({ type: "undirected", multi: false, allowSelfLoops: false });
  graph.import({
    options: payload.options,
    attributes: payload.attributes,
    nodes: payload.nodes.map((n) => {
      const w = weight(n.attributes, maxRank, maxCount);
      const isGroup = isGroupKind(n.attributes.kind);
      return {
        key: n.key,
        attributes: {
          ...n.attributes,
          label: shortLabel(n.attributes.label, n.attributes.kind),
          // Hubs (entities on a large share of the papers) would dwarf everything: drawn small.
          size: isGroup ? 6 + 24 * w : n.attributes.hub ? 3 : 3 + 13 * w,
          color: fill(n.attributes),
          borderColor: KIND_STYLE[n.attributes.kind].color,
          borderSize: n.attributes.kind === "paper" ? 0.12 : isGroup ? 0.08 : 0.2,
          // Every area and community asks for its label; the label pass keeps those that fit.
          forceLabel: isGroup || forced.has(n.key),
          type: "border" as const,
        },
      };
    }),
    edges: payload.edges.map((e) => {
      const s = nodeInfo.get(e.source);
      const t = nodeInfo.get(e.target);
      const links = e.attributes.type === DERIVED_EDGE_TYPES.links;
      const inside = s?.community === t?.community;
      return {
        key: e.key,
        source: e.source,
        target: e.target,
        attributes: {
          relation: e.attributes.type,
          weight: e.attributes.weight,
          type: "line" as const,
          size: links ? 0.5 + 5 * Math.sqrt(e.attributes.weight / maxEdge) : inside ? 0.6 : 0.4,
          color: links ? EDGE_COLORS.links : inside ? EDGE_COLORS.inside : EDGE_COLORS.between,
          hidden: Boolean(s?.hub || t?.hub),
        },
      };
    }),
  });
  return graph;
}

/** 0–1 importance: square root of PageRank share, or of paper count for community and area nodes. */
function weight(a: ApiNodeAttributes, maxRank: number, maxCount: number): number {
  if (isGroupKind(a.kind)) return Math.sqrt((a.paperCount ?? 0) / maxCount);
  return maxRank > 0 ? Math.sqrt(a.pagerank / maxRank) : 0.3;
}

/** Map label: a paper's title up to its colon (usually the method name) or its first words. */
export function shortLabel(label: string, kind: ApiNodeAttributes["kind"]): string {
  // Areas and communities are named by their top terms: the first three say enough on the map.
  if (isGroupKind(kind)) return label.split(" · ").slice(0, 3).join(" · ");
  if (kind !== "paper") return label;
  const colon = label.indexOf(":");
  if (colon >= 3 && colon <= 40) return label.slice(0, colon);
  return label.length > 42 ? `${label.slice(0, 40).replace(/\s+\S*$/, "")}…` : label;
}
