import type { GraphAnalytics, GraphSnapshot, NodePlacement } from "@paperkg/core";
import { UndirectedGraph } from "graphology";
import louvain from "graphology-communities-louvain";
import { type AnalyticsArrays, analyticsArrays } from "./analyticsArrays.ts";
import type { AnalyticsEdge, AnalyticsNode } from "./buildAnalyticsGraph.ts";
import { communityGraph } from "./communityGraph.ts";
import { type AnalyticsOptions, DEFAULT_ANALYTICS_OPTIONS } from "./computeAnalytics.ts";
import { heaviestCommunity, louvainResolution, OTHER_COMMUNITY } from "./detectCommunities.ts";
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
  /** Stored as a hub (absent: unknown, so the node counts as changed). */
  hub?: boolean;
}

/** A stored community's or area's label. */
export interface PreviousLabel {
  label: string;
  topTerms: string[];
}

/** The stored partition and map an incremental update starts from. */
export interface PreviousAnalytics {
  placements: ReadonlyMap<string, PreviousPlacement>;
  /** Community id → area id. */
  areaOf: ReadonlyMap<number, number>;
  /** Stored labels, kept for communities (areas) whose members changed little (see KEEP_LABEL_CHANGE). */
  communityLabels?: ReadonlyMap<number, PreviousLabel>;
  areaLabels?: ReadonlyMap<number, PreviousLabel>;
}

/**
 * A community or area keeps its stored label while the nodes that joined or left it are fewer than
 * this share of its stored nodes: a few papers more do not rename a region (the c-TF-IDF ranking of
 * near-equal terms would otherwise flip on any day); a real change of membership does.
 */
export const KEEP_LABEL_CHANGE = 0.1;

/**
 * Communities, areas and map updated from the stored ones instead of recomputed: every node that
 * was placed keeps its community, area, position and PageRank; a new node joins the community its
 * links weigh most into (repeated, so a new entity reached only through new papers follows them —
 * the local-moving step of Louvain restricted to new nodes), and sits among its neighbours on the
 * map. New nodes linked to no community form new ones (seeded Louvain on them alone, folded as in a
 * full run), laid out as discs beside the map. Sizes, centres and community links are recomputed;
 * labels too, except where a community's or area's members changed by less than KEEP_LABEL_CHANGE. `--rebuild` (computeAnalytics) recomputes the partition and the map from scratch.
 * `changed`: the placements whose community, point, PageRank or hub flag differ from the stored
 * ones (new nodes too), the only ones a write need store.
 * Reference: Blondel et al. (2008), https://arxiv.org/abs/0803.0476 (local moving phase).
 */
export function updateAnalytics(
  snapshot: GraphSnapshot,
  previous: PreviousAnalytics,
  options: Partial<AnalyticsOptions> = {},
  timings?: Record<string, number>,
): GraphAnalytics & { changed: NodePlacement[] } {
  let clock = performance.now();
  const lap = (step: string) => {
    const now = performance.now();
    if (timings) timings[`analytics:${step}`] = Math.round(now - clock);
    clock = now;
  };
  const opts = { ...DEFAULT_ANALYTICS_OPTIONS, ...options };
  const graph = analyticsArrays(snapshot, opts);
  lap("arrays");
  const n = graph.ids.length;
  const group = new Int32Array(n).fill(UNSET);
  // each node's stored placement, looked up once
  const stored: (PreviousPlacement | undefined)[] = graph.ids.map((id) => previous.placements.get(id));
  let pending: number[] = [];
  for (let node = 0; node < n; node++) {
    if (graph.hub[node]) continue;
    const was = stored[node];
    if (was) group[node] = was.community;
    else pending.push(node);
  }
  const joined: number[] = [];
  for (let progress = true; progress && pending.length > 0; ) {
    progress = false;
    const left: number[] = [];
    for (const node of pending) {
      const c = strongestIn(graph, node, group, true);
      if (c === OTHER_COMMUNITY) left.push(node);
      else {
        group[node] = c;
        joined.push(node);
        progress = true;
      }
    }
    pending = left;
  }
  const inUse = new Set<number>();
  for (const c of group) if (c !== UNSET) inUse.add(c);
  const born = bornCommunities(graph, pending, inUse, opts);
  for (const [node, c] of born) group[node] = c;
  const size = new Map<number, number>();
  for (const c of group) if (c !== UNSET) size.set(c, (size.get(c) ?? 0) + 1);
  const hubs = [...graph.hubs].sort().map((id) => graph.index.get(id)!);
  for (const hub of hubs) {
    const was = stored[hub]?.community;
    const kept = was !== undefined && was !== OTHER_COMMUNITY && (size.get(was) ?? 0) > 0;
    const c = kept ? was : strongestIn(graph, hub, group, false);
    group[hub] = c;
    size.set(c, (size.get(c) ?? 0) + 1);
  }

  lap("assign");
  const meta = communityGraph(graph, group, OTHER_COMMUNITY);
  lap("meta");
  const areaOf = new Map<number, number>();
  for (const c of size.keys()) {
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
  if (size.has(OTHER_COMMUNITY)) areaOf.set(OTHER_COMMUNITY, OTHER_COMMUNITY);

  const { x, y } = placeNewNodes(graph, group, stored, joined, opts);
  const newRank = Math.round((1 / Math.max(1, n)) * 1e9) / 1e9;
  // the placements that differ from the stored ones, gathered while each stored one is at hand
  const changed: NodePlacement[] = [];
  const placements: NodePlacement[] = graph.ids.map((id, node) => {
    const was = stored[node];
    const p = {
      id,
      community: group[node]!,
      x: x[node]!,
      y: y[node]!,
      pagerank: was?.pagerank ?? newRank,
      hub: graph.hub[node] === 1,
    };
    const same =
      was?.community === p.community &&
      was.x === p.x &&
      was.y === p.y &&
      was.pagerank === p.pagerank &&
      was.hub === p.hub;
    if (!same) changed.push(p);
    return p;
  });
  lap("place");
  const modularity = modularityOf(graph, group, louvainResolution(opts.resolution, graph.papers));
  lap("modularity");
  const kept = keptLabels(group, stored, areaOf, previous);
  lap("labels");
  // the kept ones are not labelled afresh only to be replaced
  const summary = summarizeAnalytics(graph, group, meta, areaOf, placements, modularity, opts, {
    communities: new Set(kept.community.keys()),
    areas: new Set(kept.area.keys()),
  });
  lap("summary");
  return {
    ...summary,
    communities: summary.communities.map((c) => ({ ...c, ...kept.community.get(c.id) })),
    areas: summary.areas.map((a) => ({ ...a, ...kept.area.get(a.id) })),
    changed,
  };
}

/**
 * The communities and areas that keep their stored label — the nodes that joined or left them are
 * fewer than KEEP_LABEL_CHANGE of their stored ones — with that label.
 */
function keptLabels(
  group: Int32Array,
  stored: readonly (PreviousPlacement | undefined)[],
  areaOf: ReadonlyMap<number, number>,
  previous: PreviousAnalytics,
): Record<"community" | "area", Map<number, PreviousLabel>> {
  const before = { community: new Map<number, number>(), area: new Map<number, number>() };
  for (const p of previous.placements.values()) {
    before.community.set(p.community, (before.community.get(p.community) ?? 0) + 1);
    const area = previous.areaOf.get(p.community) ?? OTHER_COMMUNITY;
    before.area.set(area, (before.area.get(area) ?? 0) + 1);
  }
  // nodes now (sizes as labelCommunities counts them), and nodes still where they were (same
  // community, same area), per group
  const now = { community: new Map<number, number>(), area: new Map<number, number>() };
  const stayed = { community: new Map<number, number>(), area: new Map<number, number>() };
  for (let node = 0; node < group.length; node++) {
    const c = group[node]!;
    const area = areaOf.get(c) ?? OTHER_COMMUNITY;
    now.community.set(c, (now.community.get(c) ?? 0) + 1);
    now.area.set(area, (now.area.get(area) ?? 0) + 1);
    const was = stored[node]?.community;
    if (was === undefined) continue;
    if (was === c) stayed.community.set(c, (stayed.community.get(c) ?? 0) + 1);
    if ((previous.areaOf.get(was) ?? OTHER_COMMUNITY) === area)
      stayed.area.set(area, (stayed.area.get(area) ?? 0) + 1);
  }
  const kept = { community: new Map<number, PreviousLabel>(), area: new Map<number, PreviousLabel>() };
  for (const [level, stored] of [
    ["community", previous.communityLabels],
    ["area", previous.areaLabels],
  ] as const) {
    for (const [id, size] of now[level]) {
      const label = stored?.get(id);
      if (!label || id === OTHER_COMMUNITY) continue;
      const was = before[level].get(id) ?? 0;
      const same = stayed[level].get(id) ?? 0;
      const changed = size - same + (was - same);
      if (changed < KEEP_LABEL_CHANGE * was)
        kept[level].set(id, { label: label.label, topTerms: label.topTerms });
    }
  }
  return kept;
}

/** Not assigned yet. */
const UNSET = -1;

/**
 * strongestCommunity on the arrays: the community a node has the most link weight into (core
 * weights, hubs left out, or the full graph's), ties to the smallest id; "other" when it has none.
 */
function strongestIn(graph: AnalyticsArrays, node: number, group: Int32Array, core: boolean): number {
  const weights = core ? graph.coreWeight : graph.weight;
  const weight = new Map<number, number>();
  for (let k = graph.offset[node]!; k < graph.offset[node + 1]!; k++) {
    const other = graph.neighbour[k]!;
    if (core && graph.hub[other]) continue;
    const c = group[other]!;
    if (c === UNSET || c === OTHER_COMMUNITY) continue;
    weight.set(c, (weight.get(c) ?? 0) + weights[graph.edgeOf[k]!]!);
  }
  return heaviestCommunity(weight);
}

/** The core graph (hub links left out) among `nodes`, as graphology for Louvain and the member layout. */
function coreSubgraph(graph: AnalyticsArrays, nodes: readonly number[]) {
  const sub = new UndirectedGraph<AnalyticsNode, AnalyticsEdge>();
  const inside = new Set(nodes);
  for (const node of nodes)
    sub.addNode(graph.ids[node]!, { kind: graph.kind[node]!, label: graph.label[node]! });
  for (const node of nodes) {
    const id = graph.ids[node]!;
    for (let k = graph.offset[node]!; k < graph.offset[node + 1]!; k++) {
      const other = graph.neighbour[k]!;
      if (!inside.has(other) || graph.hub[other] || graph.ids[other]! <= id) continue;
      sub.addEdge(id, graph.ids[other]!, { weight: graph.coreWeight[graph.edgeOf[k]!]! });
    }
  }
  return sub;
}

/**
 * New nodes linked to no community: seeded Louvain on them alone; groups with enough papers become
 * communities (ids from their smallest paper id, clear of the ids in use), the rest go to "other".
 */
function bornCommunities(
  graph: AnalyticsArrays,
  nodes: readonly number[],
  inUse: ReadonlySet<number>,
  opts: AnalyticsOptions,
): Map<number, number> {
  const out = new Map<number, number>();
  if (nodes.length === 0) return out;
  const sub = coreSubgraph(graph, nodes);
  let papers = 0;
  for (const node of nodes) if (node < graph.papers) papers++;
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
  for (const node of nodes) {
    const key = keyOf.get(folded.get(graph.ids[node]!)!);
    out.set(node, key === undefined ? OTHER_COMMUNITY : idOfKey.get(key)!);
  }
  return out;
}

/**
 * Stored nodes keep their point. A new node that joined a community sits at the mean of its placed
 * neighbours there, jittered by a seeded half spacing; what is left goes near its community's
 * centre, and a new community gets its own disc (laid out as in a full run) right of the map.
 */
function placeNewNodes(
  graph: AnalyticsArrays,
  group: Int32Array,
  stored: readonly (PreviousPlacement | undefined)[],
  joined: readonly number[],
  opts: AnalyticsOptions,
): { x: Float64Array; y: Float64Array } {
  const seed = opts.seed;
  const n = graph.ids.length;
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  const placed = new Uint8Array(n);
  const set = (node: number, p: Point) => {
    x[node] = p.x;
    y[node] = p.y;
    placed[node] = 1;
  };
  for (let node = 0; node < n; node++) {
    const was = stored[node];
    if (was) set(node, was);
  }
  const jitter = (node: number, radius: number, at: Point): Point => {
    const rng = mulberry32((seed ^ hashOf(graph.ids[node]!)) >>> 0);
    const a = rng() * 2 * Math.PI;
    const d = Math.sqrt(rng()) * radius;
    return { x: round(at.x + d * Math.cos(a)), y: round(at.y + d * Math.sin(a)) };
  };
  for (const node of joined) {
    const c = group[node]!;
    let sx = 0;
    let sy = 0;
    let count = 0;
    for (let k = graph.offset[node]!; k < graph.offset[node + 1]!; k++) {
      const other = graph.neighbour[k]!;
      if (graph.hub[other] || !placed[other] || group[other] !== c) continue;
      sx += x[other]!;
      sy += y[other]!;
      count++;
    }
    if (count > 0) set(node, jitter(node, LAYOUT_SCALE * 0.6, { x: sx / count, y: sy / count }));
  }
  const unplaced = new Map<number, number[]>();
  for (let node = 0; node < n; node++) {
    if (placed[node]) continue;
    const c = group[node]!;
    const list = unplaced.get(c);
    if (list) list.push(node);
    else unplaced.set(c, [node]);
  }
  if (unplaced.size === 0) return { x, y };
  const sums = new Map<number, { x: number; y: number; n: number }>();
  let maxX = 0;
  let minY = 0;
  let first = true;
  for (let node = 0; node < n; node++) {
    if (!placed[node]) continue;
    maxX = first ? x[node]! : Math.max(maxX, x[node]!);
    minY = first ? y[node]! : Math.min(minY, y[node]!);
    first = false;
    if (graph.hub[node]) continue;
    const c = group[node]!;
    const s = sums.get(c) ?? { x: 0, y: 0, n: 0 };
    s.x += x[node]!;
    s.y += y[node]!;
    s.n++;
    sums.set(c, s);
  }
  const gap = 3;
  let cursorY = minY / LAYOUT_SCALE;
  for (const [c, nodes] of [...unplaced.entries()].sort((a, b) => a[0] - b[0])) {
    const s = sums.get(c);
    if (s) {
      const centre = { x: s.x / s.n, y: s.y / s.n };
      const radius = Math.sqrt(s.n + nodes.length) * LAYOUT_SCALE * 0.5;
      for (const node of nodes) set(node, jitter(node, radius, centre));
      continue;
    }
    const members = nodes.filter((node) => !graph.hub[node]);
    const r = Math.sqrt(Math.max(1, members.length));
    const centre = { x: maxX / LAYOUT_SCALE + gap + r, y: cursorY + r };
    cursorY += 2 * r + gap;
    const ids = members.map((node) => graph.ids[node]!);
    const local = layoutMembers(coreSubgraph(graph, members), ids, new Set(ids), r, {
      seed: (seed ^ Math.imul(c, 0x9e3779b1)) >>> 0,
      iterationBudget: opts.memberIterationBudget,
      minIterations: 10,
      maxIterations: 100,
    });
    for (const node of nodes) {
      const p = local.get(graph.ids[node]!) ?? { x: 0, y: 0 };
      set(node, {
        x: round((centre.x + p.x) * LAYOUT_SCALE),
        y: round((centre.y + p.y) * LAYOUT_SCALE),
      });
    }
  }
  return { x, y };
}

function hashOf(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

const round = (v: number) => Math.round((Number.isFinite(v) ? v : 0) * 1000) / 1000;
