import { describe, expect, it } from "vitest";
import { DEFAULT_URL_STATE, levelOf, parseUrlState, serializeUrlState, type UrlState } from "./urlState.ts";

describe("URL state", () => {
  const states: [string, UrlState][] = [
    ["defaults", DEFAULT_URL_STATE],
    [
      "everything set",
      {
        view: "papers",
        filters: {
          types: ["paper", "benchmark"],
          community: 4,
          area: 7,
          from: "2025-01-01",
          to: "2025-06-30",
          minDegree: 3,
          limit: 200,
        },
        focus: { type: "ego", node: "benchmark:gsm8k", depth: 2 },
        node: "2501.12948",
        tab: "path",
        pathFrom: "model:qwen2.5",
        pathTo: "benchmark:math-500",
      },
    ],
    [
      "an area's communities",
      { ...DEFAULT_URL_STATE, view: "areas", filters: { ...DEFAULT_URL_STATE.filters, area: 812 } },
    ],
    [
      "benchmark focus",
      { ...DEFAULT_URL_STATE, focus: { type: "benchmark", id: "benchmark:mmlu" }, tab: "benchmarks" },
    ],
    [
      "a Cypher query with its parameters",
      {
        ...DEFAULT_URL_STATE,
        focus: {
          type: "cypher",
          query: "MATCH (n:Paper)\nWHERE n.community = $community\nRETURN n LIMIT $limit",
          params: { community: 3, limit: 25, label: "a & b=c" },
        },
        tab: "cypher",
      },
    ],
    [
      "a Cypher query without parameters",
      { ...DEFAULT_URL_STATE, focus: { type: "cypher", query: "RETURN 1", params: {} } },
    ],
  ];
  it.each(states)("round-trips %s", (_name, state) => {
    expect(parseUrlState(serializeUrlState(state))).toEqual(state);
  });

  it("leaves defaults out of the link", () => {
    expect(serializeUrlState(DEFAULT_URL_STATE)).toBe("");
    expect(serializeUrlState({ ...DEFAULT_URL_STATE, node: "benchmark:gsm8k" })).toBe(
      "?node=benchmark%3Agsm8k",
    );
  });

  const bad: [string, string, Partial<UrlState>][] = [
    ["unknown view", "?view=nonsense", { view: null }],
    ["negative community", "?community=-2", {}],
    ["bad dates", "?from=yesterday&to=2025-13", {}],
    [
      "unknown types are dropped",
      "?types=model,spaceship",
      { filters: { ...DEFAULT_URL_STATE.filters, types: ["model"] } },
    ],
    ["depth 3 falls back to the graph", "?ego=x&depth=3", {}],
    ["unknown tab", "?tab=admin", {}],
    ["Cypher parameters that are not JSON", "?cypher=RETURN%201&params=%7Bnope", {}],
    ["Cypher parameters that are not an object", "?cypher=RETURN%201&params=%5B1%5D", {}],
  ];
  it.each(bad)("tolerates %s", (_name, search, patch) => {
    expect(parseUrlState(search)).toEqual({ ...DEFAULT_URL_STATE, ...patch });
  });

  it("an empty types list means nothing is shown", () => {
    expect(parseUrlState("?types=").filters.types).toEqual([]);
  });

  it("gives each drill-down level and focus its own history entry, and the rest none", () => {
    const overview = { ...DEFAULT_URL_STATE, view: "areas" as const };
    const area = { ...overview, view: "communities" as const, filters: { ...overview.filters, area: 3 } };
    const community = {
      ...area,
      view: "bipartite" as const,
      filters: { ...area.filters, area: null, community: 9 },
    };
    const levels = [
      overview,
      area,
      community,
      { ...community, focus: { type: "benchmark" as const, id: "b" } },
    ];
    expect(new Set(levels.map(levelOf)).size).toBe(levels.length);
    expect(levelOf({ ...community, node: "x", tab: "finder" })).toBe(levelOf(community));
  });
});
