import type { AnalyticsArrays } from "./analyticsArrays.ts";

/**
 * Weighted modularity of a partition of the core graph at a resolution γ: Σ_c [ L_c / m − γ (D_c / 2m)² ],
 * L_c the core weight inside c, D_c the summed weighted degree of its nodes, m the total weight — the
 * quantity Louvain maximises, for a partition it did not find itself.
 * Reference: Newman, "Modularity and community structure in networks" (2006),
 * https://doi.org/10.1073/pnas.0601602103
 */
export function modularityOf(graph: AnalyticsArrays, group: Int32Array, resolution: number): number {
  let total = 0;
  const inside = new Map<number, number>();
  const degree = new Map<number, number>();
  const { edgePaper, edgeEntity, coreWeight } = graph;
  for (let k = 0; k < coreWeight.length; k++) {
    if (graph.hub[edgeEntity[k]!]) continue;
    const w = coreWeight[k]!;
    total += w;
    const a = group[edgePaper[k]!]!;
    const b = group[edgeEntity[k]!]!;
    degree.set(a, (degree.get(a) ?? 0) + w);
    degree.set(b, (degree.get(b) ?? 0) + w);
    if (a === b) inside.set(a, (inside.get(a) ?? 0) + w);
  }
  if (total === 0) return 0;
  let q = 0;
  for (const [c, d] of degree) q += (inside.get(c) ?? 0) / total - resolution * (d / (2 * total)) ** 2;
  return q;
}
