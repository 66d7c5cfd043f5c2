import type { GraphPayload } from "@paperkg/core";
import { describe, expect, it } from "vitest";
import { addPath, back, collapseNode, expandNode, forward, hideNodes, showGraph } from "./producers.ts";
import { EMPTY_EXPLORE } from "./types.ts";

const node = (key: string, kind: "paper" | "benchmark" = "paper", x = 0, y = 0) => ({
  key,
  attributes: { label: key, kind, community: 0, x, y, pagerank: 0.1, paperCount: null, published: null },
});
const edge = (source: string, target: string) => ({
  key: `${source}-${target}`,
  source,
  target,
  attributes: { type: "EVALUATES_ON", weight: 1 },
});
const payload = (nodes: string[], edges: [string, string][]): GraphPayload => ({
  options: { type: "undirected", multi: false, allowSelfLoops: false },
  attributes: { view: "bipartite", truncated: false, totalNodes: nodes.length },
  nodes: nodes.map((k) => node(k)),
  edges: edges.map(([a, b]) => edge(a, b)),
});
const keys = (s: { present: { payload: GraphPayload } | null }) =>
  s.present?.payload.nodes.map((n) => n.key).sort();

describe("explore producers", () => {
  const base = showGraph(EMPTY_EXPLORE, payload(["a", "b"], [["a", "b"]]), "view");

  it("keeps a view's Cypher until the map is changed by hand", () => {
    const cypher = { query: "MATCH (n) RETURN n LIMIT $limit", params: { limit: 2 } };
    const shown = showGraph(EMPTY_EXPLORE, { ...payload(["a", "b"], [["a", "b"]]), cypher }, "view");
    expect(shown.present?.payload.cypher).toEqual(cypher);
    expect(expandNode(shown, "b", payload(["b", "c"], [["b", "c"]])).present?.payload.cypher).toBeUndefined();
    expect(hideNodes(shown, ["a"]).present?.payload.cypher).toBeUndefined();
    expect(back(expandNode(shown, "b", payload(["b", "c"], []))).present?.payload.cypher).toEqual(cypher);
  });

  it("expands a node with new neighbours only, without duplicating edges", () => {
    const s = expandNode(
      base,
      "b",
      payload(
        ["b", "a", "c", "d"],
        [
          ["b", "a"],
          ["b", "c"],
          ["b", "d"],
        ],
      ),
    );
    expect(keys(s)).toEqual(["a", "b", "c", "d"]);
    expect(s.present!.payload.edges).toHaveLength(3);
    expect(s.present!.expanded.b).toEqual(["c", "d"]);
    expect(s.past).toHaveLength(1);
  });

  it("collapses what an expansion added, keeping nodes another expansion brought", () => {
    let s = expandNode(
      base,
      "b",
      payload(
        ["b", "c", "d"],
        [
          ["b", "c"],
          ["b", "d"],
        ],
      ),
    );
    s = expandNode(
      s,
      "a",
      payload(
        ["a", "c", "e"],
        [
          ["a", "c"],
          ["a", "e"],
        ],
      ),
    );
    s = collapseNode(s, "b");
    expect(keys(s)).toEqual(["a", "b", "c", "e"]);
    expect(s.present!.expanded.b).toBeUndefined();
  });

  it("collapses a never-expanded node by hiding its leaf neighbours", () => {
    const s = showGraph(
      EMPTY_EXPLORE,
      payload(
        ["a", "b", "c", "d"],
        [
          ["a", "b"],
          ["a", "c"],
          ["c", "d"],
        ],
      ),
      "v",
    );
    expect(keys(collapseNode(s, "a"))).toEqual(["a", "c", "d"]);
  });

  it("hides nodes and their edges", () => {
    const s = hideNodes(base, ["b"]);
    expect(keys(s)).toEqual(["a"]);
    expect(s.present!.payload.edges).toEqual([]);
    expect(hideNodes(s, ["zzz"])).toBe(s);
  });

  it("moves back and forward through history; a new step clears forward", () => {
    const s1 = hideNodes(base, ["b"]);
    const s0 = back(s1);
    expect(keys(s0)).toEqual(["a", "b"]);
    expect(keys(forward(s0))).toEqual(["a"]);
    const s2 = hideNodes(s0, ["a"]);
    expect(s2.future).toEqual([]);
    expect(back(showGraph(EMPTY_EXPLORE, payload([], []), "x")).present!.title).toBe("x");
  });

  it("adds a path's missing nodes between their neighbours", () => {
    const s = addPath(base, {
      nodes: [
        { id: "a", kind: "paper", label: "a" },
        { id: "m", kind: "model", label: "m" },
        { id: "b", kind: "paper", label: "b" },
      ],
      hops: [
        { from: "a", to: "m", type: "USES_MODEL", evidence: ["x"] },
        { from: "b", to: "m", type: "USES_MODEL", evidence: ["y"] },
      ],
    });
    expect(keys(s)).toEqual(["a", "b", "m"]);
    expect(s.present!.payload.edges).toHaveLength(3);
  });
});
