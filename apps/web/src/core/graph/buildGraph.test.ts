import type { GraphPayload } from "@paperkg/core";
import { describe, expect, it } from "vitest";
import { buildGraph, FORCED_LABELS, shortLabel } from "./buildGraph.ts";
import { KIND_STYLE } from "./kindStyle.ts";

const payload = (n: number): GraphPayload => ({
  options: { type: "undirected", multi: false, allowSelfLoops: false },
  attributes: { view: "bipartite", truncated: false, totalNodes: n },
  nodes: Array.from({ length: n }, (_, i) => ({
    key: i % 2 ? `benchmark:b${i}` : `p${i}`,
    attributes: {
      label: `n${i}`,
      kind: i % 2 ? ("benchmark" as const) : ("paper" as const),
      community: i % 3,
      x: i,
      y: -i,
      pagerank: i / n,
      paperCount: null,
      published: null,
    },
  })),
  edges: Array.from({ length: n - 1 }, (_, i) => ({
    key: `e${i}`,
    source: i % 2 ? `benchmark:b${i}` : `p${i}`,
    target: (i + 1) % 2 ? `benchmark:b${i + 1}` : `p${i + 1}`,
    attributes: { type: "EVALUATES_ON", weight: 1 },
  })),
});

describe("buildGraph", () => {
  it("imports every node and edge with stored positions and kind borders", () => {
    const g = buildGraph(payload(50));
    expect(g.order).toBe(50);
    expect(g.size).toBe(49);
    expect(g.getNodeAttribute("p4", "x")).toBe(4);
    expect(g.getNodeAttribute("benchmark:b3", "borderColor")).toBe(KIND_STYLE.benchmark.color);
  });

  it("sizes by PageRank and forces labels on the most central nodes only", () => {
    const g = buildGraph(payload(50));
    expect(g.getNodeAttribute("benchmark:b49", "size")).toBeGreaterThan(g.getNodeAttribute("p2", "size"));
    const forced = g.filterNodes((_, a) => a.forceLabel);
    expect(forced).toHaveLength(FORCED_LABELS);
    expect(forced).toContain("benchmark:b49");
  });

  it("draws a hub small however central it is, and still labels it", () => {
    const p = payload(50);
    const top = p.nodes.find((n) => n.key === "benchmark:b49")!;
    top.attributes.hub = true;
    const g = buildGraph(p);
    expect(g.getNodeAttribute("benchmark:b49", "size")).toBeLessThan(g.getNodeAttribute("p2", "size"));
    expect(g.getNodeAttribute("benchmark:b49", "forceLabel")).toBe(true);
  });
});

describe("buildGraph colours and links", () => {
  it("fills by the colour assignment it is given and keeps the kind ring thin", () => {
    const g = buildGraph(payload(12), (c) => `#00000${c ?? 9}`);
    expect(g.getNodeAttribute("p6", "color")).toBe("#000000");
    expect(g.getNodeAttribute("benchmark:b1", "color")).toBe("#000001");
    // A ring of a fifth of the radius leaves the community fill most of the disc.
    expect(g.getNodeAttribute("benchmark:b1", "borderSize")).toBeLessThanOrEqual(0.2);
  });

  it("hides a hub's links, and draws links between communities fainter than inside one", () => {
    const p = payload(12);
    p.nodes.find((n) => n.key === "benchmark:b1")!.attributes.hub = true;
    p.nodes.find((n) => n.key === "p4")!.attributes.community = 0;
    p.nodes.find((n) => n.key === "benchmark:b3")!.attributes.community = 0;
    const g = buildGraph(p);
    const hubEdges = g.edges("benchmark:b1");
    expect(hubEdges.length).toBeGreaterThan(0);
    expect(hubEdges.every((e) => g.getEdgeAttribute(e, "hidden"))).toBe(true);
    // e3 links b3 and p4, both in community 0 now; e4 links p4 and b5 (community 2).
    expect(g.getEdgeAttribute("e3", "hidden")).toBe(false);
    expect(g.getEdgeAttribute("e3", "size")).toBeGreaterThan(g.getEdgeAttribute("e4", "size"));
    expect(g.getEdgeAttribute("e3", "color")).not.toBe(g.getEdgeAttribute("e4", "color"));
  });
});

describe("shortLabel", () => {
  const cases: [string, "paper" | "model", string][] = [
    ["MotionCLR: Motion Generation and Training-free Editing", "paper", "MotionCLR"],
    [
      "Attention Is All You Need For Everything Under The Sun Today",
      "paper",
      "Attention Is All You Need For…",
    ],
    ["Short title", "paper", "Short title"],
    ["GPT-4: not a paper", "model", "GPT-4: not a paper"],
  ];
  it.each(cases)("%s", (label, kind, expected) => expect(shortLabel(label, kind)).toBe(expected));
});
