import type { GraphView } from "@paperkg/core";
import { describe, expect, it } from "vitest";
import { DEFAULT_FILTERS } from "../filters/index.ts";
import type { Focus } from "../url/urlState.ts";
import { type OpenNodeTarget, openNodeTarget } from "./openNodeTarget.ts";

describe("openNodeTarget", () => {
  const graph: Focus = { type: "graph" };
  const benchmark: Focus = { type: "benchmark", id: "benchmark:imagenet" };
  const ego: Focus = { type: "ego", node: "paper:1", depth: 1 };
  const cases: [GraphView | null, number | null, Focus, number | null | undefined, OpenNodeTarget][] = [
    // the whole map: the node is selected where it is (or brought in with its neighbours)
    ["bipartite", null, graph, 7, { type: "select" }],
    ["papers", null, graph, undefined, { type: "select" }],
    // community 3 is open: a node of community 3 is selected, one of community 7 opens 7
    ["bipartite", 3, graph, 3, { type: "select" }],
    ["bipartite", 3, graph, 7, { type: "drill", community: 7 }],
    ["bipartite", 3, graph, undefined, { type: "lookup" }],
    // a node without a community stays where it is
    ["bipartite", 3, graph, null, { type: "select" }],
    // the aggregated levels hold no papers: a paper opens its community
    ["areas", null, graph, 7, { type: "drill", community: 7 }],
    ["communities", null, graph, undefined, { type: "lookup" }],
    // a benchmark's papers or a neighbourhood has no breadcrumb: select there, even if a community was open
    ["bipartite", 3, benchmark, 7, { type: "select" }],
    ["areas", null, ego, undefined, { type: "select" }],
  ];
  it.each(cases)(
    "on %s with community %s and focus %j, a node of community %s: %j",
    (view, open, focus, community, target) => {
      expect(
        openNodeTarget(view, { filters: { ...DEFAULT_FILTERS, community: open }, focus }, community),
      ).toEqual(target);
    },
  );
});
