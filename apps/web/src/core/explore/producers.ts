import type { GraphPayload, PathResult } from "@paperkg/core";
import { type ExploreEntry, type ExploreState, HISTORY_LIMIT } from "./types.ts";

type Node = GraphPayload["nodes"][number];
type Edge = GraphPayload["edges"][number];

function push(state: ExploreState, next: ExploreEntry): ExploreState {
  const past = state.present ? [...state.past, state.present].slice(-HISTORY_LIMIT) : state.past;
  return { past, present: next, future: [] };
}

/** Show a new graph (a view, an ego network, a benchmark, a query result); the old one goes to history. */
export function showGraph(state: ExploreState, payload: GraphPayload, title: string): ExploreState {
  return push(state, { title, payload, expanded: {} });
}

/** Union of two payloads; nodes and edges already present keep their attributes. */
export function mergePayloads(
  base: GraphPayload,
  extra: GraphPayload,
): { payload: GraphPayload; added: string[] } {
  const nodeKeys = new Set(base.nodes.map((n) => n.key));
  const added: string[] = [];
  const nodes: Node[] = [...base.nodes];
  for (const n of extra.nodes) {
    if (nodeKeys.has(n.key)) continue;
    nodeKeys.add(n.key);
    nodes.push(n);
    added.push(n.key);
  }
  const pairs = new Set(base.edges.map((e) => pairKey(e.source, e.target)));
  const edges: Edge[] = [...base.edges];
  for (const e of extra.edges) {
    const k = pairKey(e.source, e.target);
    if (pairs.has(k) || !nodeKeys.has(e.source) || !nodeKeys.has(e.target) || e.source === e.target) continue;
    pairs.add(k);
    edges.push(e);
  }
  return {
    payload: {
      ...withoutCypher(base),
      attributes: { ...base.attributes, totalNodes: Math.max(base.attributes.totalNodes, nodes.length) },
      nodes,
      edges,
    },
    added,
  };
}

/** A map changed by hand (expanded, hidden, a path drawn in) is no longer its query's answer. */
function withoutCypher(payload: GraphPayload): GraphPayload {
  const { cypher: _cypher, ...rest } = payload;
  return rest;
}

/** Undirected, simple graph: one edge per node pair. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

/** Add a node's neighbours to the map (remembering which, so collapse can take them away). */
export function expandNode(state: ExploreState, node: string, neighbours: GraphPayload): ExploreState {
  if (!state.present) return showGraph(state, neighbours, `Neighbours of ${node}`);
  const { payload, added } = mergePayloads(state.present.payload, neighbours);
  const previous = state.present.expanded[node] ?? [];
  return push(state, {
    title: state.present.title,
    payload,
    expanded: { ...state.present.expanded, [node]: [...previous, ...added] },
  });
}

/** Remove nodes (and their edges) from the map. */
export function hideNodes(state: ExploreState, ids: readonly string[]): ExploreState {
  if (!state.present || ids.length === 0) return state;
  const drop = new Set(ids);
  const p = state.present.payload;
  const nodes = p.nodes.filter((n) => !drop.has(n.key));
  if (nodes.length === p.nodes.length) return state;
  const edges = p.edges.filter((e) => !drop.has(e.source) && !drop.has(e.target));
  const expanded: Record<string, readonly string[]> = {};
  for (const [k, v] of Object.entries(state.present.expanded)) {
    if (!drop.has(k)) expanded[k] = v.filter((id) => !drop.has(id));
  }
  return push(state, {
    title: state.present.title,
    payload: { ...withoutCypher(p), nodes, edges },
    expanded,
  });
}

/**
 * Undo an expansion: remove the nodes `node`'s expansion added, unless they are another expanded
 * node or linked to one. A node never expanded collapses by hiding its leaf neighbours.
 */
export function collapseNode(state: ExploreState, node: string): ExploreState {
  if (!state.present) return state;
  const added = state.present.expanded[node];
  let drop: string[];
  if (added) {
    const others = new Set(Object.keys(state.present.expanded).filter((k) => k !== node));
    const keptByOthers = new Set(others);
    for (const e of state.present.payload.edges) {
      if (others.has(e.source)) keptByOthers.add(e.target);
      if (others.has(e.target)) keptByOthers.add(e.source);
    }
    drop = added.filter((id) => id !== node && !keptByOthers.has(id));
  } else {
    const degree = new Map<string, number>();
    for (const e of state.present.payload.edges) {
      degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
      degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
    }
    drop = state.present.payload.edges
      .flatMap((e) => (e.source === node ? [e.target] : e.target === node ? [e.source] : []))
      .filter((id) => degree.get(id) === 1);
  }
  const next = hideNodes(state, drop);
  if (next === state || !next.present) return state;
  const { [node]: _removed, ...rest } = next.present.expanded;
  return { ...next, present: { ...next.present, expanded: rest } };
}

/** Draw a shortest path into the map: missing nodes are placed between their path neighbours. */
export function addPath(state: ExploreState, path: PathResult["paths"][number]): ExploreState {
  if (!state.present) return state;
  const p = state.present.payload;
  const known = new Map(p.nodes.map((n) => [n.key, n]));
  const placed: Node[] = [];
  path.nodes.forEach((ref, i) => {
    if (known.has(ref.id)) return;
    const around = [path.nodes[i - 1], path.nodes[i + 1]].flatMap((r) =>
      r && known.get(r.id) ? [known.get(r.id)!] : [],
    );
    const x = around.length ? around.reduce((s, n) => s + n.attributes.x, 0) / around.length : 0;
    const y = around.length ? around.reduce((s, n) => s + n.attributes.y, 0) / around.length : 0;
    const node: Node = {
      key: ref.id,
      attributes: {
        label: ref.label,
        kind: ref.kind,
        community: null,
        x: x + 0.5 * i,
        y: y + 0.5 * i,
        pagerank: 0,
        paperCount: null,
        published: null,
      },
    };
    known.set(ref.id, node);
    placed.push(node);
  });
  const edges: Edge[] = path.hops.map((h) => ({
    key: `path:${h.from}->${h.to}`,
    source: h.from,
    target: h.to,
    attributes: { type: h.type, weight: 1 },
  }));
  const { payload } = mergePayloads(p, { ...p, nodes: placed, edges });
  return push(state, { ...state.present, payload });
}

export function back(state: ExploreState): ExploreState {
  const prev = state.past[state.past.length - 1];
  if (!prev || !state.present) return state;
  return { past: state.past.slice(0, -1), present: prev, future: [state.present, ...state.future] };
}

export function forward(state: ExploreState): ExploreState {
  const next = state.future[0];
  if (!next || !state.present) return state;
  return { past: [...state.past, state.present], present: next, future: state.future.slice(1) };
}
