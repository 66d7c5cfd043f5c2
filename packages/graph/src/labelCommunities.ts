import type { CommunitySummary } from "@paperkg/core";
import type Graph from "graphology";
import type { AnalyticsEdge, AnalyticsNode } from "./buildAnalyticsGraph.ts";

/** Named entities say more about a community than broad concepts. */
const TYPE_WEIGHT: Record<string, number> = {
  benchmark: 1.2,
  model: 1.1,
  method: 1.1,
  task: 1.2,
  concept: 0.8,
};

/**
 * Label each community by its most distinctive entities: the share of the community's papers that
 * link to an entity times its inverse document frequency over all papers (a class-based TF-IDF).
 * Reference: Grootendorst, "BERTopic" c-TF-IDF (2022), https://arxiv.org/abs/2203.05794
 */
export function labelCommunities(
  graph: Graph<AnalyticsNode, AnalyticsEdge>,
  assignment: Map<string, number>,
  count: number,
  options: { labelTerms: number; topTerms: number },
): Omit<CommunitySummary, "x" | "y">[] {
  let totalPapers = 0;
  const papersIn = new Array<number>(count).fill(0);
  const sizes = new Array<number>(count).fill(0);
  const hits: Map<string, number>[] = Array.from({ length: count }, () => new Map());
  const firstTitle: (string | undefined)[] = new Array(count);
  graph.forEachNode((node, attrs) => {
    const c = assignment.get(node)!;
    sizes[c]!++;
    if (attrs.kind !== "paper") return;
    totalPapers++;
    papersIn[c]!++;
    firstTitle[c] ??= attrs.label;
    graph.forEachNeighbor(node, (entity) => {
      hits[c]!.set(entity, (hits[c]!.get(entity) ?? 0) + 1);
    });
  });
  return sizes.map((size, c) => {
    const scored = [...hits[c]!.entries()]
      .map(([entity, n]) => {
        const attrs = graph.getNodeAttributes(entity);
        const df = graph.degree(entity);
        const score =
          (n / Math.max(1, papersIn[c]!)) * Math.log(1 + totalPapers / df) * (TYPE_WEIGHT[attrs.kind] ?? 1);
        return { name: attrs.label, score, n };
      })
      .filter((s) => s.n >= Math.min(2, papersIn[c]!))
      .sort((a, b) => b.score - a.score || (a.name < b.name ? -1 : 1));
    const names: string[] = [];
    const seen = new Set<string>();
    for (const s of scored) {
      const key = s.name.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      names.push(s.name);
      if (names.length >= options.topTerms) break;
    }
    // A paper with no shared entity forms a community of its own: name it after the paper.
    if (names.length === 0 && firstTitle[c]) names.push(clip(firstTitle[c]!, 60));
    const label = names.slice(0, options.labelTerms).join(" · ") || `community ${c}`;
    return { id: c, label, size, papers: papersIn[c]!, topTerms: names };
  });
}

const clip = (text: string, max: number) =>
  text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
