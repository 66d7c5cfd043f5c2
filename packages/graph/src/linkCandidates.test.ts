import { UndirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import type { AnalyticsEdge } from "./buildAnalyticsGraph.ts";
import type { CommunityNode } from "./communityGraph.ts";
import { linkCandidates } from "./linkCandidates.ts";
import { mulberry32 } from "./mulberry32.ts";

type Meta = UndirectedGraph<CommunityNode, AnalyticsEdge>;

function metaGraph(sizes: Record<string, number>, edges: [string, string, number][]): Meta {
  const meta: Meta = new UndirectedGraph();
  for (const [id, size] of Object.entries(sizes)) meta.addNode(id, { size, papers: size });
  for (const [a, b, weight] of edges) meta.addEdge(a, b, { weight });
  return meta;
}

describe("linkCandidates", () => {
  it("keeps each group's strongest links by weight over √(size·size), sorted by source then target", () => {
    // strengths: 1–2: 8/√(4·4) = 2; 1–3: 9/√(4·9) = 1.5; 2–3: 3/√(4·9) = 0.5; 3–10: 1/√9 ≈ 0.333333
    const meta = metaGraph({ "1": 4, "2": 4, "3": 9, "10": 1 }, [
      ["3", "1", 9],
      ["1", "2", 8],
      ["2", "3", 3],
      ["10", "3", 1],
    ]);
    expect(linkCandidates(meta, 1)).toEqual([
      // 1 keeps 1–2, 2 keeps 1–2, 3 keeps 1–3, 10 keeps its only link 3–10
      { source: 1, target: 2, weight: 8, strength: 2 },
      { source: 1, target: 3, weight: 9, strength: 1.5 },
      { source: 3, target: 10, weight: 1, strength: 0.333333 },
    ]);
    expect(linkCandidates(meta, 2).map((l) => `${l.source}-${l.target}`)).toEqual([
      "1-2",
      "1-3",
      "2-3",
      "3-10",
    ]);
    expect(linkCandidates(meta, 0)).toEqual([]);
  });

  it("breaks ties in strength by the smaller source, then target", () => {
    const meta = metaGraph({ "5": 1, "7": 1, "2": 1 }, [
      ["5", "7", 1],
      ["5", "2", 1],
    ]);
    expect(linkCandidates(meta, 1).map((l) => `${l.source}-${l.target}`)).toEqual(["2-5", "5-7"]); // 5 keeps 2–5 over 5–7; 7 keeps its only link
  });

  it("on a random graph, holds exactly the links among some endpoint's top few", () => {
    const rng = mulberry32(7);
    const sizes: Record<string, number> = {};
    for (let i = 0; i < 60; i++) sizes[String(i * 3)] = 1 + Math.floor(rng() * 50);
    const edges: [string, string, number][] = [];
    for (let i = 0; i < 60; i++)
      for (let j = i + 1; j < 60; j++)
        if (rng() < 0.2) edges.push([String(i * 3), String(j * 3), Math.round(rng() * 100) / 7]);
    const meta = metaGraph(sizes, edges);
    const perGroup = 3;
    const got = linkCandidates(meta, perGroup);
    const key = (a: number, b: number) => `${Math.min(a, b)}|${Math.max(a, b)}`;
    const strengthOf = new Map(got.map((l) => [key(l.source, l.target), l.strength]));
    // each group: the links it keeps are its perGroup strongest (by the strength computed afresh here)
    const expected = new Set<string>();
    meta.forEachNode((node) => {
      const mine = meta
        .edges(node)
        .map((e) => {
          const [s, t] = meta.extremities(e).map(Number) as [number, number];
          const w = meta.getEdgeAttribute(e, "weight");
          const st =
            w /
            Math.sqrt(meta.getNodeAttribute(String(s), "size") * meta.getNodeAttribute(String(t), "size"));
          return { k: key(s, t), st: Math.round(st * 1e6) / 1e6, s: Math.min(s, t), t: Math.max(s, t) };
        })
        .sort((x, y) => y.st - x.st || x.s - y.s || x.t - y.t);
      for (const l of mine.slice(0, perGroup)) expected.add(l.k);
    });
    expect(new Set(got.map((l) => key(l.source, l.target)))).toEqual(expected);
    expect(got.length).toBe(expected.size);
    for (const l of got) expect(strengthOf.get(key(l.source, l.target))).toBeGreaterThan(0);
    const order = got.map((l) => [l.source, l.target]);
    expect(order).toEqual([...order].sort((x, y) => x[0]! - y[0]! || x[1]! - y[1]!));
  });
});
