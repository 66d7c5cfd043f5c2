import type { GroupLink } from "@paperkg/core";
import type Graph from "graphology";
import type { AnalyticsEdge } from "./buildAnalyticsGraph.ts";
import type { CommunityNode } from "./communityGraph.ts";

/**
 * Each group's `perGroup` strongest links (strength = weight / √(size_a · size_b)), merged: what the
 * communities view may draw. The view picks its k ≤ perGroup per group at read time (strongestLinks).
 * Each link's strength is worked out once, as numbers, and a link object made only for the links
 * kept (a corpus community graph has some 100,000 links, of which a few thousand are kept).
 */
export function linkCandidates(meta: Graph<CommunityNode, AnalyticsEdge>, perGroup: number): GroupLink[] {
  const m = meta.size;
  const source = new Float64Array(m);
  const target = new Float64Array(m);
  const weight = new Float64Array(m);
  const strength = new Float64Array(m);
  const edgesOf = new Map<string, number[]>();
  meta.forEachNode((node) => edgesOf.set(node, []));
  let k = 0;
  meta.forEachEdge((_e, attrs, s, t, sAttrs, tAttrs) => {
    const a = Number(s);
    const b = Number(t);
    source[k] = Math.min(a, b);
    target[k] = Math.max(a, b);
    weight[k] = round(attrs.weight);
    strength[k] = round(attrs.weight / Math.sqrt(Math.max(1, sAttrs.size * tAttrs.size)));
    edgesOf.get(s)!.push(k);
    if (t !== s) edgesOf.get(t)!.push(k);
    k++;
  });
  const byStrength = (x: number, y: number) =>
    strength[y]! - strength[x]! || source[x]! - source[y]! || target[x]! - target[y]!;
  const kept = new Set<number>();
  for (const edges of edgesOf.values()) {
    edges.sort(byStrength);
    for (const e of edges.slice(0, perGroup)) kept.add(e);
  }
  return [...kept]
    .sort((x, y) => source[x]! - source[y]! || target[x]! - target[y]!)
    .map((e) => ({ source: source[e]!, target: target[e]!, weight: weight[e]!, strength: strength[e]! }));
}

const round = (v: number) => Math.round(v * 1e6) / 1e6;
