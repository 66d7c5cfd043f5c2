import type { GroupLink } from "@paperkg/core";
import type Graph from "graphology";
import type { AnalyticsEdge } from "./buildAnalyticsGraph.ts";
import type { CommunityNode } from "./communityGraph.ts";

/**
 * Each group's `perGroup` strongest links (strength = weight / √(size_a · size_b)), merged: what the
 * communities view may draw. The view picks its k ≤ perGroup per group at read time (strongestLinks).
 */
export function linkCandidates(meta: Graph<CommunityNode, AnalyticsEdge>, perGroup: number): GroupLink[] {
  const kept = new Map<string, GroupLink>();
  meta.forEachNode((node) => {
    const links: GroupLink[] = [];
    meta.forEachEdge(node, (_e, attrs, source, target) => {
      const a = Number(source);
      const b = Number(target);
      const sizes = meta.getNodeAttribute(source, "size") * meta.getNodeAttribute(target, "size");
      links.push({
        source: Math.min(a, b),
        target: Math.max(a, b),
        weight: round(attrs.weight),
        strength: round(attrs.weight / Math.sqrt(Math.max(1, sizes))),
      });
    });
    links.sort((x, y) => y.strength - x.strength || x.source - y.source || x.target - y.target);
    for (const l of links.slice(0, perGroup)) kept.set(`${l.source}|${l.target}`, l);
  });
  return [...kept.values()].sort((x, y) => x.source - y.source || x.target - y.target);
}

const round = (v: number) => Math.round(v * 1e6) / 1e6;
