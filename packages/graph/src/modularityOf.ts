import type Graph from "graphology";
import type { AnalyticsEdge, AnalyticsNode } from "./buildAnalyticsGraph.ts";

/**
 * Weighted modularity of a partition at a resolution γ: Σ_c [ L_c / m − γ (D_c / 2m)² ], L_c the
 * link weight inside c, D_c the summed weighted degree of its nodes, m the total weight — the
 * quantity Louvain maximises, for a partition it did not find itself.
 * Reference: Newman, "Modularity and community structure in networks" (2006),
 * https://doi.org/10.1073/pnas.0601602103
 */
export function modularityOf(
  graph: Graph<AnalyticsNode, AnalyticsEdge>,
  assignment: ReadonlyMap<string, number>,
  resolution: number,
): number {
  let total = 0;
  const inside = new Map<number, number>();
  const degree = new Map<number, number>();
  graph.forEachEdge((_e, attrs, source, target) => {
    const w = attrs.weight;
    total += w;
    const a = assignment.get(source);
    const b = assignment.get(target);
    if (a !== undefined) degree.set(a, (degree.get(a) ?? 0) + w);
    if (b !== undefined) degree.set(b, (degree.get(b) ?? 0) + w);
    if (a !== undefined && a === b) inside.set(a, (inside.get(a) ?? 0) + w);
  });
  if (total === 0) return 0;
  let q = 0;
  for (const [c, d] of degree) q += (inside.get(c) ?? 0) / total - resolution * (d / (2 * total)) ** 2;
  return q;
}
