import type { GraphView } from "@paperkg/core";
import { describe, expect, it } from "vitest";
import { DEFAULT_FILTERS } from "../filters/index.ts";
import { DEFAULT_URL_STATE } from "../url/urlState.ts";
import { appReducer, initialAppState } from "./appReducer.ts";

const payload = {
  options: { type: "undirected" as const, multi: false as const, allowSelfLoops: false as const },
  attributes: { view: "bipartite" as const, truncated: false, totalNodes: 2 },
  nodes: ["a", "b"].map((key) => ({
    key,
    attributes: {
      label: key,
      kind: "paper" as const,
      community: 0,
      x: 0,
      y: 0,
      pagerank: 0,
      paperCount: null,
      published: null,
    },
  })),
  edges: [],
};

describe("appReducer", () => {
  it("changing filters returns from an ego focus to the graph view", () => {
    const s0 = initialAppState({ ...DEFAULT_URL_STATE, focus: { type: "ego", node: "a", depth: 1 } });
    const s1 = appReducer(s0, { type: "setFilters", filters: { ...DEFAULT_FILTERS, minDegree: 2 } });
    expect(s1.url.focus).toEqual({ type: "graph" });
    expect(s1.url.filters.minDegree).toBe(2);
  });

  it("hiding the selected node clears the selection", () => {
    let s = initialAppState({ ...DEFAULT_URL_STATE, node: "a" });
    s = appReducer(s, { type: "showGraph", payload, title: "t" });
    s = appReducer(s, { type: "hide", ids: ["a"] });
    expect(s.url.node).toBeNull();
    expect(s.explore.present!.payload.nodes.map((n) => n.key)).toEqual(["b"]);
  });

  it("selecting the same node keeps the state object", () => {
    const s = initialAppState({ ...DEFAULT_URL_STATE, node: "a" });
    expect(appReducer(s, { type: "select", node: "a" })).toBe(s);
  });

  const drillCases: [GraphView | null, GraphView][] = [
    ["communities", "bipartite"],
    ["areas", "bipartite"],
    [null, "bipartite"],
    ["papers", "papers"],
  ];
  it.each(drillCases)("drilling into a community from the %s view shows it on %s", (from, to) => {
    const s0 = initialAppState({
      ...DEFAULT_URL_STATE,
      node: "community:3",
      focus: { type: "ego", node: "a", depth: 2 },
    });
    const s1 = appReducer(s0, { type: "drill", community: 3, view: from });
    expect(s1.url).toMatchObject({ view: to, focus: { type: "graph" }, node: null });
    expect(s1.url.filters).toEqual({ ...DEFAULT_FILTERS, community: 3 });
  });

  it("drilling into an area shows its communities, and into one of them its papers and entities", () => {
    const s0 = initialAppState({ ...DEFAULT_URL_STATE, view: "areas", node: "area:4" });
    const s1 = appReducer(s0, { type: "drillArea", area: 4 });
    expect(s1.url).toMatchObject({ view: "communities", node: null, focus: { type: "graph" } });
    expect(s1.url.filters).toEqual({ ...DEFAULT_FILTERS, area: 4 });
    const s2 = appReducer(s1, { type: "drill", community: 9, view: "communities" });
    expect(s2.url.view).toBe("bipartite");
    expect(s2.url.filters).toEqual({ ...DEFAULT_FILTERS, community: 9 });
  });

  it("takes the address bar's state on Back", () => {
    const s0 = initialAppState({ ...DEFAULT_URL_STATE, view: "communities" });
    const back = { ...DEFAULT_URL_STATE, view: "areas" as const };
    expect(appReducer(s0, { type: "restoreUrl", url: back }).url).toBe(back);
  });
});
