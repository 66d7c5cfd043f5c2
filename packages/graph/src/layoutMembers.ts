import type Graph from "graphology";
import { UndirectedGraph } from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";
import type { AnalyticsEdge, AnalyticsNode } from "./buildAnalyticsGraph.ts";
import { mulberry32 } from "./mulberry32.ts";

export type Point = { x: number; y: number };

export interface MemberLayoutOptions {
  seed: number;
  /** Node-iterations budget: a community of n nodes gets about budget / n iterations… */
  iterationBudget: number;
  /** …within these bounds. */
  minIterations: number;
  maxIterations: number;
}

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/**
 * One community's members inside a disc of radius `r` centred on 0: ForceAtlas2 (with
 * outbound attraction distribution, so well-linked entities do not become its centre, and strong
 * gravity, so it stays round) on its members linked to more than one other member; entities with a
 * single link sit in a small ring around the node they link to. Positions are pulled inside the disc.
 */
export function layoutMembers(
  graph: Graph<AnalyticsNode, AnalyticsEdge>,
  members: readonly string[],
  inside: ReadonlySet<string>,
  r: number,
  options: MemberLayoutOptions,
): Map<string, Point> {
  const rng = mulberry32(options.seed);
  const out = new Map<string, Point>();
  const leaves = new Map<string, string[]>();
  const body = new UndirectedGraph();
  for (const node of members) {
    const anchor =
      graph.getNodeAttribute(node, "kind") === "paper" ? null : soleNeighbour(graph, node, inside);
    if (anchor) {
      const list = leaves.get(anchor);
      if (list) list.push(node);
      else leaves.set(anchor, [node]);
    } else {
      const a = rng() * 2 * Math.PI;
      const d = Math.sqrt(rng()) * r;
      body.addNode(node, { x: d * Math.cos(a), y: d * Math.sin(a) });
    }
  }
  for (const node of body.nodes()) {
    graph.forEachEdge(node, (_e, attrs, source, target) => {
      const other = source === node ? target : source;
      if (other > node && body.hasNode(other)) body.addEdge(node, other, { weight: attrs.weight });
    });
  }
  if (body.order > 2 && body.size > 0) {
    const iterations = Math.round(
      Math.min(options.maxIterations, Math.max(options.minIterations, options.iterationBudget / body.order)),
    );
    forceAtlas2.assign(body, {
      iterations,
      settings: {
        ...forceAtlas2.inferSettings(body),
        outboundAttractionDistribution: true,
        strongGravityMode: true,
        gravity: 1,
        barnesHutOptimize: body.order > 150,
      },
      getEdgeWeight: "weight",
    });
  }
  fitInDisc(body, r * 0.85, r * 0.95);
  body.forEachNode((node, attrs) => out.set(node, { x: attrs.x as number, y: attrs.y as number }));

  // Leaves ring their anchor at about half a node spacing (a disc of radius √n holds n nodes).
  const ring = 0.6;
  for (const [anchor, list] of leaves) {
    const at = out.get(anchor) ?? { x: 0, y: 0 };
    const turn = rng() * 2 * Math.PI;
    list.forEach((leaf, i) => {
      const d = ring * Math.sqrt((i + 1) / list.length);
      const p = {
        x: at.x + d * Math.cos(turn + i * GOLDEN_ANGLE),
        y: at.y + d * Math.sin(turn + i * GOLDEN_ANGLE),
      };
      out.set(leaf, clampToDisc(p, r));
    });
  }
  return out;
}

/** The one neighbour inside the community, when the node has exactly one link there. */
function soleNeighbour(graph: Graph, node: string, inside: ReadonlySet<string>): string | null {
  let found: string | null = null;
  let count = 0;
  graph.forEachNeighbor(node, (other) => {
    if (!inside.has(other)) return;
    count++;
    found = other;
  });
  return count === 1 ? found : null;
}

/** Centre on the mean, scale the 95th-percentile radius to `typical`, pull outliers in to `max`. */
function fitInDisc(g: Graph, typical: number, max: number) {
  if (g.order === 0) return;
  let cx = 0;
  let cy = 0;
  g.forEachNode((_n, a) => {
    cx += (a.x as number) / g.order;
    cy += (a.y as number) / g.order;
  });
  const dists: number[] = [];
  g.forEachNode((_n, a) => {
    dists.push(Math.hypot((a.x as number) - cx, (a.y as number) - cy));
  });
  dists.sort((a, b) => a - b);
  const p95 = dists[Math.floor(dists.length * 0.95)] ?? 0;
  const scale = p95 > 1e-9 ? typical / p95 : 1;
  g.updateEachNodeAttributes((_n, a) => {
    const p = clampToDisc({ x: ((a.x as number) - cx) * scale, y: ((a.y as number) - cy) * scale }, max);
    return { ...a, x: p.x, y: p.y };
  });
}

function clampToDisc(p: Point, r: number): Point {
  const d = Math.hypot(p.x, p.y);
  if (!Number.isFinite(d)) return { x: 0, y: 0 };
  return d <= r ? p : { x: (p.x / d) * r, y: (p.y / d) * r };
}
