import type Graph from "graphology";
import { UndirectedGraph } from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";
import type { AnalyticsEdge } from "./buildAnalyticsGraph.ts";
import type { CommunityNode } from "./communityGraph.ts";
import { mulberry32 } from "./mulberry32.ts";

export interface Disc {
  x: number;
  y: number;
  r: number;
}

export interface RegionOptions {
  seed: number;
  iterations: number;
  /** Empty space kept between two regions, in node spacings. */
  gap: number;
}

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/**
 * Where each community's region lies: ForceAtlas2 (linLog) on the community graph, links within an
 * area pulled harder than links across, from seeded starts that group each area; then the regions,
 * discs of area ∝ member count, are pushed apart until none overlaps, then packed (drawn to the
 * middle and parted again). Related communities end side by side, and an area's communities form
 * one patch.
 * Reference: Jacomy et al., "ForceAtlas2" (2014), https://doi.org/10.1371/journal.pone.0098679
 */
export function placeRegions(
  meta: Graph<CommunityNode, AnalyticsEdge>,
  radius: ReadonlyMap<number, number>,
  areaOf: ReadonlyMap<number, number>,
  options: RegionOptions,
): Map<number, Disc> {
  const rng = mulberry32(options.seed);
  const ids = [...radius.keys()].sort((a, b) => a - b);
  const areaSize = new Map<number, number>();
  for (const c of ids)
    areaSize.set(areaOf.get(c) ?? 0, (areaSize.get(areaOf.get(c) ?? 0) ?? 0) + radius.get(c)! ** 2);
  const areas = [...areaSize.keys()].sort((a, b) => areaSize.get(b)! - areaSize.get(a)! || a - b);
  const total = [...radius.values()].reduce((s, r) => s + r * r, 0);
  const spread = Math.sqrt(total);
  const areaStart = new Map<number, { x: number; y: number }>();
  areas.forEach((a, i) => {
    const r = spread * Math.sqrt((i + 0.5) / areas.length);
    areaStart.set(a, { x: r * Math.cos(i * GOLDEN_ANGLE), y: r * Math.sin(i * GOLDEN_ANGLE) });
  });

  const g = new UndirectedGraph();
  for (const c of ids) {
    const start = areaStart.get(areaOf.get(c) ?? 0)!;
    const r = radius.get(c)!;
    g.addNode(String(c), {
      x: start.x + (rng() - 0.5) * spread * 0.1,
      y: start.y + (rng() - 0.5) * spread * 0.1,
      size: r,
    });
  }
  meta.forEachEdge((_e, attrs, source, target) => {
    if (!g.hasNode(source) || !g.hasNode(target)) return;
    const a = Number(source);
    const b = Number(target);
    const norm = attrs.weight / (radius.get(a)! * radius.get(b)!);
    const sameArea = areaOf.get(a) === areaOf.get(b);
    g.addEdge(source, target, { weight: norm * (sameArea ? 1 : 0.25) });
  });
  if (g.order > 1) {
    forceAtlas2.assign(g, {
      iterations: options.iterations,
      settings: {
        ...forceAtlas2.inferSettings(g),
        linLogMode: true,
        barnesHutOptimize: g.order > 2000,
        edgeWeightInfluence: 1,
      },
      getEdgeWeight: "weight",
    });
  }
  const discs = new Map<number, Disc>();
  g.forEachNode((node, attrs) => {
    discs.set(Number(node), { x: finite(attrs.x), y: finite(attrs.y), r: radius.get(Number(node))! });
  });
  fitScale(discs, options.gap);
  separate(discs, options.gap, 300);
  // Pack: draw every disc a little towards the middle and part them again, a few times over.
  for (let round = 0; round < 6; round++) {
    for (const d of discs.values()) {
      d.x *= 0.85;
      d.y *= 0.85;
    }
    separate(discs, options.gap, round === 5 ? 300 : 60);
  }
  return discs;
}

const finite = (v: unknown) => (typeof v === "number" && Number.isFinite(v) ? v : 0);

/** Scale the FA2 picture so discs are about as big as the room it leaves them. */
function fitScale(discs: Map<number, Disc>, gap: number) {
  const list = [...discs.values()];
  if (list.length < 2) return;
  let cx = 0;
  let cy = 0;
  for (const d of list) {
    cx += d.x / list.length;
    cy += d.y / list.length;
  }
  let spreadSq = 0;
  let area = 0;
  for (const d of list) {
    spreadSq += ((d.x - cx) ** 2 + (d.y - cy) ** 2) / list.length;
    area += (d.r + gap / 2) ** 2;
  }
  // A disc of radius √area holds the regions when packed; the FA2 picture has RMS radius √spreadSq.
  const scale = spreadSq > 0 ? (Math.sqrt(area) * 0.75) / Math.sqrt(spreadSq) : 1;
  for (const d of list) {
    d.x = (d.x - cx) * scale;
    d.y = (d.y - cy) * scale;
  }
}

/**
 * Push overlapping discs apart (the smaller one moves more) until every pair keeps `gap`. Pairs are
 * found by sweeping the discs in x order: only those whose x extents come within `gap` can touch.
 */
function separate(discs: Map<number, Disc>, gap: number, rounds: number) {
  const list = [...discs.entries()].sort((a, b) => a[0] - b[0]).map(([, d]) => d);
  let maxR = 0;
  for (const d of list) maxR = Math.max(maxR, d.r);
  const order = list.map((_, i) => i);
  const tolerance = gap * 0.05;
  for (let round = 0; round < rounds; round++) {
    let moved = false;
    order.sort((i, j) => list[i]!.x - list[j]!.x || i - j);
    for (let oi = 0; oi < order.length; oi++) {
      const i = order[oi]!;
      const a = list[i]!;
      for (let oj = oi + 1; oj < order.length; oj++) {
        const j = order[oj]!;
        const b = list[j]!;
        if (b.x - a.x >= a.r + maxR + gap) break;
        const want = a.r + b.r + gap;
        const dx = b.x - a.x;
        const dy = b.y - a.y;
        if (Math.abs(dx) >= want || Math.abs(dy) >= want) continue;
        const dist = Math.sqrt(dx * dx + dy * dy);
        if (dist >= want - tolerance) continue;
        const push = want - dist;
        // Coincident centres part along a direction fixed by their ids' order.
        const ux = dist > 1e-9 ? dx / dist : Math.cos(i + j);
        const uy = dist > 1e-9 ? dy / dist : Math.sin(i + j);
        const wa = (b.r * b.r) / (a.r * a.r + b.r * b.r);
        a.x -= ux * push * wa;
        a.y -= uy * push * wa;
        b.x += ux * push * (1 - wa);
        b.y += uy * push * (1 - wa);
        moved = true;
      }
    }
    if (!moved) break;
  }
}
