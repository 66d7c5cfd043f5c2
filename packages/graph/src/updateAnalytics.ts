import type { GraphAnalytics, GraphSnapshot, NodePlacement } from "@paperkg/core";
import type Graph from "graphology";
import { UndirectedGraph } from "graphology";
import louvain from "graphology-communities-louvain";
import type { AnalyticsEdge, AnalyticsNode } from "./buildAnalyticsGraph.ts";
import { communityGraph } from "./communityGraph.ts";
import { type AnalyticsOptions, analyticsInputs } from "./computeAnalytics.ts";
import { louvainResolution, OTHER_COMMUNITY, strongestCommunity } from "./detectCommunities.ts";
import { foldSmallGroups, NO_GROUP } from "./foldSmallGroups.ts";
import { LAYOUT_SCALE } from "./layoutGraph.ts";
import { layoutMembers, type Point } from "./layoutMembers.ts";
import { modularityOf } from "./modularityOf.ts";
import { mulberry32 } from "./mulberry32.ts";
import { stableIds } from "./stableId.ts";
import { summarizeAnalytics } from "./summarizeAnalytics.ts";

/** Where the last ingest left a node. */
export interface PreviousPlacement {
  community: number;
  x: number;
  y: number;
  pagerank: number;
}

/** The stored partition and map an incremental update starts from. */
export interface PreviousAnalytics {
  placements: ReadonlyMap<string, PreviousPlacement>;
  /** Community id → area id. */
  areaOf: ReadonlyMap<number, number>;
}

/**
 * Communities, areas and map updated from the stored ones instead of recomputed: every node that
 * was placed keeps its community, area, position and PageRank; a new node joins the community its
 * links weigh most into (repeated, so a new entity reached only through new papers follows them —
 * the local-moving step of Louvain restricted to new nodes), and sits among its neighbours on the
 * map. New nodes linked to no community form new ones (seeded Louvain on them alone, folded as in a
 * full run), laid out as discs beside the map. Labels, sizes, centres and community links are
 * recomputed. `--rebuild` (computeAnalytics) recomputes the partition and the map from scratch.
 * Reference: Blondel et al. (2008), https://arxiv.org/abs/0803.0476 (local moving phase).
 */
export function updateAnalytics(
  snapshot: GraphSnapshot,
  previous: PreviousAnalytics,
  options: Partial<AnalyticsOptions> = {},
): GraphAnalytics {
  const { opts, graph, hubs, core } = analyticsInputs(snapshot, options);
  const assignment = new Map<string, number>();
  let pending: string[] = [];
  core.forEachNode((node) => {
    const was = previous.placements.get(node);
    if (was) assignment.set(node, was.community);
    else pending.push(node);
  });
  const joined: string[] = [];
  for (let progress = true; progress && pending.length > 0; ) {
    progress = false;
    const left: string[] = [];
    for (const node of pending) {
      const c = strongestCommunity(core, node, assignment);
      if (c === OTHER_COMMUNITY) left.push(node);
      else {
        assignment.set(node, c);
        joined.push(node);
        progress = true;
      }
    }
    pending = left;
  }
  const born = bornCommunities(core, pending, new Set(assignment.values()), opts);
  for (const [node, c] of born) assignment.set(node, c);
  for (const hub of [...hubs].sort()) {
    const was = previous.placements.get(hub)?.community;
    const kept = was !== undefined && was !== OTHER_COMMUNITY && hasMember(assignment, was);
    assignment.set(hub, kept ? was : strongestCommunity(graph, hub, assignment));
  }

  const meta = communityGraph(core, assignment, OTHER_COMMUNITY);
  const areaOf = new Map<number, number>();
  for (const c of new Set(assignment.values())) {
    const area = previous.areaOf.get(c);
    if (area !== undefined) areaOf.set(c, area);
  }
  for (const c of [...new Set(born.values())].sort((a, b) => a - b)) {
    if (areaOf.has(c) || c === OTHER_COMMUNITY) continue;
    let best = OTHER_COMMUNITY;
    let bestWeight = 0;
    if (meta.hasNode(String(c)))
      meta.forEachEdge(String(c), (_e, attrs, source, target) => {
        const other = Number(source === String(c) ? target : source);
        const area = areaOf.get(other);
        if (area !== undefined && attrs.weight > bestWeight) [best, bestWeight] = [area, attrs.weight];
      });
    areaOf.set(c, best);
  }
  if ([...assignment.values()].includes(OTHER_COMMUNITY)) areaOf.set(OTHER_COMMUNITY, OTHER_COMMUNITY);

  const positions = placeNewNodes(core, graph, hubs, assignment, previous, joined, opts);
  let papers = 0;
  core.forEachNode((_n, attrs) => {
    if (attrs.kind === "paper") papers++;
  });
  const newRank = 1 / Math.max(1, graph.order);
  const placements: NodePlacement[] = graph.mapNodes((id) => ({
    id,
    community: assignment.get(id) ?? OTHER_COMMUNITY,
    x: positions.get(id)?.x ?? 0,
    y: positions.get(id)?.y ?? 0,
    pagerank: previous.placements.get(id)?.pagerank ?? Math.round(newRank * 1e9) / 1e9,
    hub: hubs.has(id),
  }));
  const modularity = modularityOf(core, assignment, louvainResolution(opts.resolution, papers));
  return summarizeAnalytics(graph, hubs, assignment, meta, areaOf, placements, modularity, opts);
}

function hasMember(assignment: ReadonlyMap<string, number>, c: number): boolean {
  for (const v of assignment.values()) if (v === c) return true;
  return false;
}

/**
 * New nodes linked to no community: seeded Louvain on them alone; groups with enough papers become
 * communities (ids from their smallest paper id, clear of the ids in use), the rest go to "other".
 */
function bornCommunities(
  core: Graph<AnalyticsNode, AnalyticsEdge>,
  nodes: readonly string[],
  inUse: ReadonlySet<number>,
  opts: AnalyticsOptions,
): Map<string, number> {
  const out = new Map<string, number>();
  if (nodes.length === 0) return out;
  const sub = new UndirectedGraph<AnalyticsNode, AnalyticsEdge>();
  for (const node of nodes) sub.addNode(node, core.getNodeAttributes(node));
  let papers = 0;
  for (const node of nodes) {
    if (core.getNodeAttribute(node, "kind") === "paper") papers++;
    core.forEachEdge(node, (_e, attrs, source, target) => {
      const other = source === node ? target : source;
      if (other > node && sub.hasNode(other)) sub.addEdge(node, other, { weight: attrs.weight });
    });
  }
  const raw: Record<string, number> =
    sub.size > 0
      ? louvain(sub, {
          rng: mulberry32(opts.seed),
          resolution: louvainResolution(opts.resolution, papers),
          getEdgeWeight: "weight",
        })
      : {};
  let next = 0;
  for (const c of Object.values(raw)) next = Math.max(next, c + 1);
  const group = new Map<string, number>();
  sub.forEachNode((node) => group.set(node, raw[node] ?? next++));
  const folded = foldSmallGroups(sub, group, opts.minCommunityPapers);
  const keyOf = new Map<number, string>();
  sub.forEachNode((node, attrs) => {
    const g = folded.get(node)!;
    if (g === NO_GROUP || attrs.kind !== "paper") return;
    const key = keyOf.get(g);
    if (key === undefined || node < key) keyOf.set(g, node);
  });
  const idOfKey = stableIds([...keyOf.values()], "", inUse);
  sub.forEachNode((node) => {
    const key = keyOf.get(folded.get(node)!);
    out.set(node, key === undefined ? OTHER_COMMUNITY : idOfKey.get(key)!);
  });
  return out;
}

/**
 * Stored nodes keep their point. A new node that joined a community sits at the mean of its placed
 * neighbours there, jittered by a seeded half spacing; what is left goes near its community's
 * centre, and a new community gets its own disc (laid out as in a full run) right of the map.
 */
function placeNewNodes(
  core: Graph<AnalyticsNode, AnalyticsEdge>,
  graph: Graph<AnalyticsNode, AnalyticsEdge>,
  hubs: ReadonlySet<string>,
  assignment: ReadonlyMap<string, number>,
  previous: PreviousAnalytics,
  joined: readonly string[],
  opts: AnalyticsOptions,
): Map<string, Point> {
  const seed = opts.seed;
  const positions = new Map<string, Point>();
  graph.forEachNode((node) => {
    const was = previous.placements.get(node);
    if (was) positions.set(node, { x: was.x, y: was.y });
  });
  const jitter = (node: string, radius: number, at: Point): Point => {
    const rng = mulberry32((seed ^ hashOf(node)) >>> 0);
    const a = rng() * 2 * Math.PI;
    const d = Math.sqrt(rng()) * radius;
    return { x: round(at.x + d * Math.cos(a)), y: round(at.y + d * Math.sin(a)) };
  };
  for (const node of joined) {
    const c = assignment.get(node);
    let x = 0;
    let y = 0;
    let n = 0;
    core.forEachNeighbor(node, (other) => {
      const p = positions.get(other);
      if (!p || assignment.get(other) !== c) return;
      x += p.x;
      y += p.y;
      n++;
    });
    if (n > 0) positions.set(node, jitter(node, LAYOUT_SCALE * 0.6, { x: x / n, y: y / n }));
  }
  const unplaced = new Map<number, string[]>();
  graph.forEachNode((node) => {
    if (positions.has(node)) return;
    const c = assignment.get(node) ?? OTHER_COMMUNITY;
    const list = unplaced.get(c);
    if (list) list.push(node);
    else unplaced.set(c, [node]);
  });
  if (unplaced.size === 0) return positions;
  const sums = new Map<number, { x: number; y: number; n: number }>();
  let maxX = 0;
  let minY = 0;
  let first = true;
  graph.forEachNode((node) => {
    const p = positions.get(node);
    if (!p) return;
    maxX = first ? p.x : Math.max(maxX, p.x);
    minY = first ? p.y : Math.min(minY, p.y);
    first = false;
    if (hubs.has(node)) return;
    const c = assignment.get(node) ?? OTHER_COMMUNITY;
    const s = sums.get(c) ?? { x: 0, y: 0, n: 0 };
    s.x += p.x;
    s.y += p.y;
    s.n++;
    sums.set(c, s);
  });
  const gap = 3;
  let cursorY = minY / LAYOUT_SCALE;
  for (const [c, nodes] of [...unplaced.entries()].sort((a, b) => a[0] - b[0])) {
    const s = sums.get(c);
    if (s) {
      const centre = { x: s.x / s.n, y: s.y / s.n };
      const radius = Math.sqrt(s.n + nodes.length) * LAYOUT_SCALE * 0.5;
      for (const node of nodes) positions.set(node, jitter(node, radius, centre));
      continue;
    }
    const members = nodes.filter((n) => !hubs.has(n));
    const r = Math.sqrt(Math.max(1, members.length));
    const centre = { x: maxX / LAYOUT_SCALE + gap + r, y: cursorY + r };
    cursorY += 2 * r + gap;
    const local = layoutMembers(core, members, new Set(members), r, {
      seed: (seed ^ Math.imul(c, 0x9e3779b1)) >>> 0,
      iterationBudget: opts.memberIterationBudget,
      minIterations: 10,
      maxIterations: 100,
    });
    for (const node of nodes) {
      const p = local.get(node) ?? { x: 0, y: 0 };
      positions.set(node, {
        x: round((centre.x + p.x) * LAYOUT_SCALE),
        y: round((centre.y + p.y) * LAYOUT_SCALE),
      });
    }
  }
  return positions;
}

function hashOf(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

const round = (v: number) => Math.round((Number.isFinite(v) ? v : 0) * 1000) / 1000;
