import type Graph from "graphology";
import type { AnalyticsEdge, AnalyticsNode } from "./buildAnalyticsGraph.ts";

/** Group number of nodes that fold into no neighbour. */
export const NO_GROUP = -1;

/**
 * Fold groups holding fewer than `minPapers` papers into the group they share the most link weight
 * with (ties: the smaller group number), smallest groups first, until every group is big enough or
 * has no neighbour left; those become `NO_GROUP`. Deterministic for the same graph and groups.
 */
export function foldSmallGroups(
  graph: Graph<AnalyticsNode, AnalyticsEdge>,
  group: ReadonlyMap<string, number>,
  minPapers: number,
): Map<string, number> {
  const parent = new Map<number, number>();
  const find = (g: number): number => {
    let root = g;
    while (parent.get(root) !== undefined && parent.get(root) !== root) root = parent.get(root)!;
    parent.set(g, root);
    return root;
  };
  const members = new Map<number, string[]>();
  const papers = new Map<number, number>();
  graph.forEachNode((node, attrs) => {
    const g = group.get(node)!;
    parent.set(g, g);
    const list = members.get(g);
    if (list) list.push(node);
    else members.set(g, [node]);
    if (attrs.kind === "paper") papers.set(g, (papers.get(g) ?? 0) + 1);
  });
  const alone = new Set<number>();
  for (let changed = true; changed; ) {
    changed = false;
    const small = [...members.keys()]
      .filter((g) => find(g) === g && !alone.has(g) && (papers.get(g) ?? 0) < minPapers)
      .sort(
        (a, b) =>
          (papers.get(a) ?? 0) - (papers.get(b) ?? 0) ||
          members.get(a)!.length - members.get(b)!.length ||
          a - b,
      );
    for (const g of small) {
      if (find(g) !== g || (papers.get(g) ?? 0) >= minPapers) continue;
      const target = strongestNeighbour(graph, members.get(g)!, group, find, g);
      if (target === undefined) {
        alone.add(g);
        continue;
      }
      parent.set(g, target);
      members.get(target)!.push(...members.get(g)!);
      papers.set(target, (papers.get(target) ?? 0) + (papers.get(g) ?? 0));
      members.delete(g);
      alone.delete(target);
      changed = true;
    }
  }
  const out = new Map<string, number>();
  graph.forEachNode((node) => {
    const root = find(group.get(node)!);
    out.set(node, alone.has(root) && (papers.get(root) ?? 0) < minPapers ? NO_GROUP : root);
  });
  return out;
}

function strongestNeighbour(
  graph: Graph<AnalyticsNode, AnalyticsEdge>,
  nodes: readonly string[],
  group: ReadonlyMap<string, number>,
  find: (g: number) => number,
  self: number,
): number | undefined {
  const weight = new Map<number, number>();
  for (const node of nodes) {
    graph.forEachEdge(node, (_e, attrs, source, target) => {
      const other = find(group.get(source === node ? target : source)!);
      if (other !== self) weight.set(other, (weight.get(other) ?? 0) + attrs.weight);
    });
  }
  let best: number | undefined;
  let bestWeight = 0;
  for (const [g, w] of weight) {
    if (w > bestWeight || (w === bestWeight && best !== undefined && g < best)) {
      best = g;
      bestWeight = w;
    }
  }
  return best;
}
