import type Graph from "graphology";
import type { AnalyticsEdge, AnalyticsNode } from "./buildAnalyticsGraph.ts";
import type { CommunityNode } from "./communityGraph.ts";
import { layoutMembers, type Point } from "./layoutMembers.ts";
import { placeRegions } from "./placeRegions.ts";

export interface LayoutOptions {
  seed: number;
  /** ForceAtlas2 iterations on the community graph. */
  iterations: number;
  /** ForceAtlas2 node-iterations per community (a community of n nodes runs ≈ budget / n iterations). */
  memberIterationBudget: number;
  /** Empty space between two communities' regions, in node spacings. */
  regionGap: number;
}

/** Stored coordinates are multiplied by this, so node spacing is about ten units as before. */
export const LAYOUT_SCALE = 10;
const SCALE = LAYOUT_SCALE;

/**
 * Communities as regions: the community graph is laid out first (see placeRegions), each
 * community gets a disc whose area grows with its member count, and its members are laid out inside
 * that disc (see layoutMembers). Hubs stay out of both and sit near their community's centre. Seeded
 * by `seed` and each community's id, so the same input draws the same map.
 */
export function layoutGraph(
  graph: Graph<AnalyticsNode, AnalyticsEdge>,
  hubs: ReadonlySet<string>,
  assignment: ReadonlyMap<string, number>,
  meta: Graph<CommunityNode, AnalyticsEdge>,
  areaOf: ReadonlyMap<number, number>,
  options: LayoutOptions,
): Map<string, Point> {
  const members = new Map<number, string[]>();
  graph.forEachNode((node) => {
    if (hubs.has(node)) return;
    const c = assignment.get(node)!;
    const list = members.get(c);
    if (list) list.push(node);
    else members.set(c, [node]);
  });
  const radius = new Map<number, number>();
  for (const [c, list] of members) radius.set(c, Math.sqrt(list.length));
  const discs = placeRegions(meta, radius, areaOf, {
    seed: options.seed,
    iterations: options.iterations,
    gap: options.regionGap,
  });
  const out = new Map<string, Point>();
  for (const [c, list] of [...members.entries()].sort((a, b) => a[0] - b[0])) {
    const disc = discs.get(c)!;
    const local = layoutMembers(graph, list, new Set(list), disc.r, {
      seed: (options.seed ^ Math.imul(c, 0x9e3779b1)) >>> 0,
      iterationBudget: options.memberIterationBudget,
      minIterations: 10,
      maxIterations: 100,
    });
    for (const [node, p] of local)
      out.set(node, { x: round((disc.x + p.x) * SCALE), y: round((disc.y + p.y) * SCALE) });
  }
  // Hubs: a small ring around their community's centre, drawn small by the web app.
  const hubList = [...hubs].sort();
  hubList.forEach((hub, i) => {
    const disc = discs.get(assignment.get(hub)!) ?? { x: 0, y: 0, r: 1 };
    const a = i * 2.399963;
    const d = Math.min(disc.r * 0.3, 1 + i * 0.5);
    out.set(hub, {
      x: round((disc.x + d * Math.cos(a)) * SCALE),
      y: round((disc.y + d * Math.sin(a)) * SCALE),
    });
  });
  return out;
}

const round = (v: number) => Math.round((Number.isFinite(v) ? v : 0) * 1000) / 1000;
