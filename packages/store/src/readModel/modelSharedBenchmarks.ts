import { relationshipsTo, type SharedBenchmarks } from "@paperkg/core";
import { compareIds, linkType, type ReadModel } from "./ReadModel.ts";

const BENCHMARK_LINKS = new Set<string>(relationshipsTo("benchmark"));

/**
 * `readSharedBenchmarks` from the read model: other papers sharing a benchmark with paper `id`,
 * ranked by Σ 1 / log2(1 + paperCount) over the shared benchmarks, summed in the order the
 * Cypher read sums them (rarest benchmark first, then by name), so the scores are the same
 * numbers. Null when the model does not hold the paper.
 */
export function modelSharedBenchmarks(model: ReadModel, id: string, limit: number): SharedBenchmarks | null {
  const p = model.index.get(id);
  if (p === undefined || !model.isPaper[p]) return null;
  const benchmarks = new Set<number>();
  for (let k = model.outStart[p]!; k < model.outStart[p + 1]!; k++) {
    const b = model.outTarget[k]!;
    if (model.labels[b] === "Benchmark" && BENCHMARK_LINKS.has(linkType(model.outType[k]!)))
      benchmarks.add(b);
  }
  const order = [...benchmarks].sort(
    (a, b) =>
      (model.attrs[a]!.paperCount ?? 0) - (model.attrs[b]!.paperCount ?? 0) ||
      compareIds(model.attrs[a]!.label, model.attrs[b]!.label),
  );
  const shared = new Map<number, number[]>();
  for (const b of order) {
    for (let k = model.inStart[b]!; k < model.inStart[b + 1]!; k++) {
      const q = model.inSource[k]!;
      if (q === p || !BENCHMARK_LINKS.has(linkType(model.inType[k]!))) continue;
      const list = shared.get(q) ?? [];
      if (list.at(-1) !== b) list.push(b);
      shared.set(q, list);
    }
  }
  const weight = (b: number) => 1.0 / (Math.log(1.0 + (model.attrs[b]!.paperCount ?? 0)) / Math.log(2.0));
  const papers = [...shared]
    .map(([q, list]) => ({ q, list, score: list.reduce((s, b) => s + weight(b), 0.0) }))
    .sort((a, b) => b.score - a.score || compareIds(model.ids[a.q]!, model.ids[b.q]!))
    .slice(0, limit)
    .map(({ q, list, score }) => ({
      id: model.ids[q]!,
      title: model.attrs[q]!.label,
      score: Math.round(score * 1000) / 1000,
      shared: list.map((b) => ({ id: model.ids[b]!, name: model.attrs[b]!.label })),
    }));
  return { paper: { id, title: model.attrs[p]!.label }, papers };
}
