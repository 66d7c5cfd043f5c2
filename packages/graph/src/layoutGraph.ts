import type Graph from "graphology";
import { UndirectedGraph } from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";
import { mulberry32 } from "./mulberry32.ts";

export interface LayoutOptions {
  seed: number;
  iterations: number;
  /** Above this many nodes, lay out the community graph and place members around their community. */
  aggregateAbove: number;
}

type Point = { x: number; y: number };
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/**
 * ForceAtlas2 (Barnes-Hut above 2,000 nodes) from seeded positions: each community starts around
 * its own point on a circle, so the run converges to the same picture every time.
 * Reference: Jacomy et al., "ForceAtlas2" (2014), https://doi.org/10.1371/journal.pone.0098679
 */
export function layoutGraph(
  graph: Graph,
  assignment: Map<string, number>,
  count: number,
  rank: Map<string, number>,
  options: LayoutOptions,
): Map<string, Point> {
  if (graph.order > options.aggregateAbove) return layoutByCommunity(graph, assignment, count, rank, options);
  const rng = mulberry32(options.seed);
  const spread = Math.sqrt(graph.order) * 10;
  const copy = new UndirectedGraph();
  graph.forEachNode((node) => {
    const c = assignment.get(node) ?? 0;
    const angle = (2 * Math.PI * c) / Math.max(1, count);
    copy.addNode(node, {
      x: Math.cos(angle) * spread + (rng() - 0.5) * spread * 0.2,
      y: Math.sin(angle) * spread + (rng() - 0.5) * spread * 0.2,
    });
  });
  graph.forEachEdge((_e, attrs, source, target) => {
    copy.mergeEdge(source, target, { weight: (attrs as { weight?: number }).weight ?? 1 });
  });
  const positions = runForceAtlas2(copy, options.iterations);
  return positions;
}

function runForceAtlas2(graph: Graph, iterations: number): Map<string, Point> {
  if (graph.order > 1) {
    const settings = {
      ...forceAtlas2.inferSettings(graph),
      barnesHutOptimize: graph.order > 2000,
      linLogMode: false,
    };
    forceAtlas2.assign(graph, { iterations, settings, getEdgeWeight: "weight" });
  }
  const out = new Map<string, Point>();
  graph.forEachNode((node, attrs) => {
    out.set(node, { x: round(attrs.x as number), y: round(attrs.y as number) });
  });
  return out;
}

/** Big graphs: FA2 on communities (weighted by links between them), members on a spiral by rank. */
function layoutByCommunity(
  graph: Graph,
  assignment: Map<string, number>,
  count: number,
  rank: Map<string, number>,
  options: LayoutOptions,
): Map<string, Point> {
  const rng = mulberry32(options.seed);
  const members: string[][] = Array.from({ length: count }, () => []);
  graph.forEachNode((node) => members[assignment.get(node) ?? 0]!.push(node));
  const meta = new UndirectedGraph();
  const spread = Math.sqrt(count) * 100;
  members.forEach((m, c) => {
    meta.addNode(String(c), { x: (rng() - 0.5) * spread, y: (rng() - 0.5) * spread, size: m.length });
  });
  graph.forEachEdge((_e, _a, source, target) => {
    const a = assignment.get(source) ?? 0;
    const b = assignment.get(target) ?? 0;
    if (a === b) return;
    meta.updateEdge(String(Math.min(a, b)), String(Math.max(a, b)), (attr) => ({
      weight: ((attr as { weight?: number }).weight ?? 0) + 1,
    }));
  });
  const centres = runForceAtlas2(meta, options.iterations);
  let extent = 1;
  for (const p of centres.values()) extent = Math.max(extent, Math.abs(p.x), Math.abs(p.y));
  const total = graph.order;
  const out = new Map<string, Point>();
  members.forEach((nodes, c) => {
    const centre = centres.get(String(c)) ?? { x: 0, y: 0 };
    const radius = Math.sqrt(nodes.length / total) * extent * 0.6 + 1;
    nodes
      .sort((a, b) => (rank.get(b) ?? 0) - (rank.get(a) ?? 0) || (a < b ? -1 : 1))
      .forEach((node, i) => {
        const r = radius * Math.sqrt((i + 0.5) / nodes.length);
        const theta = i * GOLDEN_ANGLE;
        out.set(node, { x: round(centre.x + r * Math.cos(theta)), y: round(centre.y + r * Math.sin(theta)) });
      });
  });
  return out;
}

const round = (v: number) => Math.round((Number.isFinite(v) ? v : 0) * 1000) / 1000;
