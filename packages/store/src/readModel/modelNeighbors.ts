import { type GraphPayload, labelOfId, type MemberKind, NODE_LABELS } from "@paperkg/core";
import { graphPayload } from "../reads/graphNodeRow.ts";
import { linkType, type ReadModel } from "./ReadModel.ts";

/**
 * `readNeighbors` answered from the read model: the node and its neighbours up to `depth` hops
 * (most central first, `limit` of them, `totalNodes` counting all), with the links among them.
 * Same answer as the Cypher read; a hub's two hops cost one pass over the links it reaches.
 */
export function modelNeighbors(
  model: ReadModel,
  id: string,
  options: { depth: 1 | 2; types: MemberKind[]; limit: number },
): GraphPayload | null {
  if (labelOfId(id) === "Community") return null;
  const center = model.index.get(id);
  if (center === undefined) return null;
  if (options.depth === 1 && !model.isPaper[center]) {
    const papersWanted = options.types.length === 0 || options.types.includes("paper");
    const from = model.inStart[center]!;
    const to = model.inStart[center + 1]!;
    const papers: number[] = [];
    if (papersWanted) {
      for (let k = from; k < to && papers.length < options.limit; k++) {
        const p = model.inByRank[k]!;
        if (papers.at(-1) !== p) papers.push(p);
      }
    }
    const total = papersWanted ? to - from : 0;
    return payload(model, [center, ...papers], total + 1);
  }
  const wanted = new Set(options.types.map((t) => NODE_LABELS[t] as string));
  const reached = reach(model, center, options.depth);
  const kept = reached.filter((i) => wanted.size === 0 || wanted.has(model.labels[i]!));
  return payload(model, [center, ...topByRank(model, kept, options.limit)], kept.length + 1);
}

/** Nodes within `depth` links of `center` (either direction), `center` left out. */
export function reach(model: ReadModel, center: number, depth: number): number[] {
  const seen = new Uint8Array(model.ids.length);
  seen[center] = 1;
  let frontier = [center];
  const all: number[] = [];
  for (let d = 0; d < depth; d++) {
    const next: number[] = [];
    for (const u of frontier) {
      const paper = model.isPaper[u] === 1;
      const start = paper ? model.outStart[u]! : model.inStart[u]!;
      const end = paper ? model.outStart[u + 1]! : model.inStart[u + 1]!;
      const list = paper ? model.outTarget : model.inSource;
      for (let k = start; k < end; k++) {
        const v = list[k]!;
        if (seen[v]) continue;
        seen[v] = 1;
        next.push(v);
      }
    }
    all.push(...next);
    frontier = next;
  }
  return all;
}

/** The `limit` nodes of `nodes` first in the map's order. */
export function topByRank(model: ReadModel, nodes: number[], limit: number): number[] {
  if (nodes.length <= limit || nodes.length < model.ids.length / 16) {
    return nodes
      .slice()
      .sort((a, b) => model.rank[a]! - model.rank[b]!)
      .slice(0, limit);
  }
  const marked = new Uint8Array(model.ids.length);
  for (const i of nodes) marked[i] = 1;
  const top: number[] = [];
  for (let r = 0; r < model.byRank.length && top.length < limit; r++) {
    const i = model.byRank[r]!;
    if (marked[i]) top.push(i);
  }
  return top;
}

/** A graph of `nodes` (in this order) with every link among them, as the Cypher reads build it. */
export function payload(model: ReadModel, nodes: number[], totalNodes: number): GraphPayload {
  return graphPayload("bipartite", ...nodesAndLinks(model, nodes), totalNodes);
}

/** The API's nodes and the Paper → entity links among them. */
export function nodesAndLinks(
  model: ReadModel,
  nodes: number[],
): [GraphPayload["nodes"], GraphPayload["edges"]] {
  const inSet = new Set(nodes);
  const edges: GraphPayload["edges"] = [];
  for (const p of nodes) {
    if (!model.isPaper[p]) continue;
    const source = model.ids[p]!;
    for (let k = model.outStart[p]!; k < model.outStart[p + 1]!; k++) {
      const e = model.outTarget[k]!;
      if (!inSet.has(e)) continue;
      const target = model.ids[e]!;
      const type = linkType(model.outType[k]!);
      edges.push({ key: `${source}|${type}|${target}`, source, target, attributes: { type, weight: 1 } });
    }
  }
  return [nodes.map((i) => ({ key: model.ids[i]!, attributes: model.attrs[i]! })), edges];
}
