import type { GraphView } from "@paperkg/core";
import { describe, expect, it } from "vitest";
import { type FoundNodeTarget, foundNodeTarget } from "./foundNodeTarget.ts";

describe("foundNodeTarget", () => {
  const cases: [GraphView | null, number | null, number | null | undefined, FoundNodeTarget][] = [
    // the whole map: the node is selected where it is (or brought in with its neighbours)
    ["bipartite", null, 7, { type: "select" }],
    ["papers", null, undefined, { type: "select" }],
    // community 3 is open: a node of community 3 is selected, one of community 7 opens 7
    ["bipartite", 3, 3, { type: "select" }],
    ["bipartite", 3, 7, { type: "drill", community: 7 }],
    ["bipartite", 3, undefined, { type: "lookup" }],
    // a node without a community stays where it is
    ["bipartite", 3, null, { type: "select" }],
    // the aggregated levels hold no papers: a paper opens its community
    ["areas", null, 7, { type: "drill", community: 7 }],
    ["communities", null, undefined, { type: "lookup" }],
  ];
  it.each(cases)("on %s with community %s, a node of community %s: %j", (view, open, community, target) => {
    expect(foundNodeTarget(view, { community: open }, community)).toEqual(target);
  });
});
