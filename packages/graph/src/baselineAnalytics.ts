import type { GraphSnapshot } from "@paperkg/core";
import type Graph from "graphology";
import { UndirectedGraph } from "graphology";
import louvain from "graphology-communities-louvain";
import forceAtlas2 from "graphology-layout-forceatlas2";
import pagerank from "graphology-metrics/centrality/pagerank";
import { buildAnalyticsGraph } from "./buildAnalyticsGraph.ts";
import { mulberry32 } from "./mulberry32.ts";

type Placed = { id: string; community: number; x: number; y: number };
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/**
 * The map as the first release drew it, kept only so `bench:map` can print it beside the current
 * one: Louvain on the whole bipartite graph (hubs included, ids numbered by size), ForceAtlas2 on the
 * whole graph from a circle of community starts, and above 20,000 nodes FA2 on the community graph
 * with members on a spiral around their community.
 */
export function baselineAnalytics(
  snapshot: GraphSnapshot,
  seed = 42,
): { placements: Placed[]; communities: number } {
  const graph = buildAnalyticsGraph(snapshot);
  if (graph.order === 0) return { placements: [], communities: 0 };
  const raw = louvain(graph, { rng: mulberry32(seed), getEdgeWeight: "weight" });
  const groups = new Map<number, string[]>();
  graph.forEachNode((node) => {
    const list = groups.get(raw[node]!);
    if (list) list.push(node);
    else groups.set(raw[node]!, [node]);
  });
  const members = [...groups.values()].sort((a, b) => b.length - a.length || (a[0]! < b[0]! ? -1 : 1));
  const community = new Map<string, number>();
  members.forEach((list, c) => {
    for (const n of list) community.set(n, c);
  });
  const positions =
    graph.order > 20_000
      ? bySpiral(graph, community, members, seed)
      : byFa2(graph, community, members.length, seed);
  return {
    placements: graph.mapNodes((id) => ({ id, community: community.get(id)!, ...positions.get(id)! })),
    communities: members.length,
  };
}

function byFa2(graph: Graph, community: Map<string, number>, count: number, seed: number) {
  const rng = mulberry32(seed);
  const spread = Math.sqrt(graph.order) * 10;
  const copy = new UndirectedGraph();
  graph.forEachNode((node) => {
    const angle = (2 * Math.PI * community.get(node)!) / count;
    copy.addNode(node, {
      x: Math.cos(angle) * spread + (rng() - 0.5) * spread * 0.2,
      y: Math.sin(angle) * spread + (rng() - 0.5) * spread * 0.2,
    });
  });
  graph.forEachEdge((_e, attrs, s, t) => copy.mergeEdge(s, t, { weight: attrs.weight }));
  return runFa2(copy, 200);
}

function bySpiral(graph: Graph, community: Map<string, number>, members: string[][], seed: number) {
  const rng = mulberry32(seed);
  const meta = new UndirectedGraph();
  const spread = Math.sqrt(members.length) * 100;
  members.forEach((_m, c) => {
    meta.addNode(String(c), { x: (rng() - 0.5) * spread, y: (rng() - 0.5) * spread });
  });
  graph.forEachEdge((_e, _a, s, t) => {
    const a = community.get(s)!;
    const b = community.get(t)!;
    if (a === b) return;
    meta.updateEdge(String(Math.min(a, b)), String(Math.max(a, b)), (e) => ({ weight: (e.weight ?? 0) + 1 }));
  });
  const centres = runFa2(meta, 200);
  let extent = 1;
  for (const p of centres.values()) extent = Math.max(extent, Math.abs(p.x), Math.abs(p.y));
  const rank = pagerank(graph, { getEdgeWeight: "weight" });
  const out = new Map<string, { x: number; y: number }>();
  members.forEach((nodes, c) => {
    const centre = centres.get(String(c))!;
    const radius = Math.sqrt(nodes.length / graph.order) * extent * 0.6 + 1;
    [...nodes]
      .sort((a, b) => rank[b]! - rank[a]! || (a < b ? -1 : 1))
      .forEach((node, i) => {
        const r = radius * Math.sqrt((i + 0.5) / nodes.length);
        out.set(node, {
          x: centre.x + r * Math.cos(i * GOLDEN_ANGLE),
          y: centre.y + r * Math.sin(i * GOLDEN_ANGLE),
        });
      });
  });
  return out;
}

function runFa2(graph: Graph, iterations: number) {
  if (graph.order > 1) {
    const settings = { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 2000 };
    forceAtlas2.assign(graph, { iterations, settings, getEdgeWeight: "weight" });
  }
  const out = new Map<string, { x: number; y: number }>();
  graph.forEachNode((node, a) => out.set(node, { x: a.x as number, y: a.y as number }));
  return out;
}
