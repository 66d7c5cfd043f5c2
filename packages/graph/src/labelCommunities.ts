import type { AnalyticsArrays } from "./analyticsArrays.ts";

/** Named entities say more about a community than broad concepts. */
const TYPE_WEIGHT: Record<string, number> = {
  benchmark: 1.2,
  model: 1.1,
  method: 1.1,
  task: 1.2,
  concept: 0.8,
};

/** The label of the group of papers that share no specific entity with any community. */
export const OTHER_LABEL = "other: papers sharing no specific entity";

export interface GroupLabel {
  id: number;
  label: string;
  /** Nodes in the group. */
  size: number;
  papers: number;
  topTerms: string[];
}

/**
 * Label each group (community or area) by its most distinctive entities: the share of the group's
 * papers that link to an entity times its inverse document frequency over all papers (a
 * class-based TF-IDF). Hubs never name a group: they are on too many papers to say anything.
 * Reference: Grootendorst, "BERTopic" c-TF-IDF (2022), https://arxiv.org/abs/2203.05794
 */
export function labelCommunities(
  graph: AnalyticsArrays,
  group: Int32Array,
  options: {
    labelTerms: number;
    topTerms: number;
    otherId?: number;
    /** Groups whose label the caller replaces (an update keeping stored labels): sized, not labelled (empty label and terms). */
    unlabelled?: ReadonlySet<number>;
  },
): GroupLabel[] {
  const unlabelled = options.unlabelled;
  const { papers: totalPapers, offset, neighbour, hub } = graph;
  const papersIn = new Map<number, number>();
  const sizes = new Map<number, number>();
  const hits = new Map<number, Map<number, number>>();
  const firstTitle = new Map<number, string>();
  for (let node = 0; node < graph.ids.length; node++) {
    const c = group[node]!;
    sizes.set(c, (sizes.get(c) ?? 0) + 1);
    if (node >= totalPapers) continue;
    papersIn.set(c, (papersIn.get(c) ?? 0) + 1);
    if (!firstTitle.has(c)) firstTitle.set(c, graph.label[node]!);
    if (unlabelled?.has(c)) continue;
    const counts = hits.get(c) ?? new Map<number, number>();
    hits.set(c, counts);
    for (let k = offset[node]!; k < offset[node + 1]!; k++) {
      const entity = neighbour[k]!;
      if (!hub[entity]) counts.set(entity, (counts.get(entity) ?? 0) + 1);
    }
  }
  return [...sizes.keys()]
    .sort((a, b) => a - b)
    .map((c) => {
      const papers = papersIn.get(c) ?? 0;
      if (unlabelled?.has(c)) return { id: c, label: "", size: sizes.get(c)!, papers, topTerms: [] };
      const scored = [...(hits.get(c) ?? new Map<number, number>()).entries()]
        .map(([entity, n]) => {
          const df = offset[entity + 1]! - offset[entity]!;
          const score =
            (n / Math.max(1, papers)) *
            Math.log(1 + totalPapers / df) *
            (TYPE_WEIGHT[graph.kind[entity]!] ?? 1);
          return { name: graph.label[entity]!, score, n };
        })
        .filter((s) => s.n >= Math.min(2, papers))
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
      if (names.length === 0 && firstTitle.has(c) && c !== options.otherId)
        names.push(clip(firstTitle.get(c)!, 60));
      const terms = names.slice(0, options.labelTerms).join(" · ");
      const label = c === options.otherId ? OTHER_LABEL : terms || `community ${c}`;
      return { id: c, label, size: sizes.get(c)!, papers, topTerms: names };
    });
}

const clip = (text: string, max: number) =>
  text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
