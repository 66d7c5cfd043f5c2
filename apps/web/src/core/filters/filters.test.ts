import { encodeQuery, GraphQuery } from "@paperkg/core";
import { describe, expect, it } from "vitest";
import { graphRequest } from "./graphRequest.ts";
import { isNodeVisible } from "./isNodeVisible.ts";
import { DEFAULT_FILTERS, type Filters } from "./types.ts";

describe("graphRequest, encoded", () => {
  const cases: [string, Partial<Filters>, string][] = [
    ["defaults", {}, "view=bipartite&limit=5000"],
    [
      "types without papers",
      { types: ["benchmark", "model"] },
      "view=bipartite&types=benchmark%2Cmodel&limit=5000",
    ],
    [
      "papers and one entity type",
      { types: ["paper", "benchmark"] },
      "view=bipartite&types=paper%2Cbenchmark&limit=5000",
    ],
    [
      "community, dates and degree",
      { community: 3, from: "2025-01-01", to: "2025-02-01", minDegree: 2, limit: 100 },
      "view=bipartite&community=3&from=2025-01-01&to=2025-02-01&minDegree=2&limit=100",
    ],
  ];
  it.each(cases)("%s", (_name, patch, expected) => {
    expect(encodeQuery(GraphQuery, graphRequest("bipartite", { ...DEFAULT_FILTERS, ...patch }))).toBe(
      expected,
    );
  });

  it("asks for an area's communities on the communities view only", () => {
    const filters = { ...DEFAULT_FILTERS, area: 12 };
    expect(encodeQuery(GraphQuery, graphRequest("communities", filters))).toBe(
      "view=communities&area=12&limit=5000",
    );
    expect(encodeQuery(GraphQuery, graphRequest("bipartite", filters))).toBe("view=bipartite&limit=5000");
    expect(encodeQuery(GraphQuery, graphRequest("areas", DEFAULT_FILTERS))).toBe("view=areas&limit=5000");
  });
});

describe("isNodeVisible", () => {
  const paper = { kind: "paper" as const, community: 1, published: "2025-03-10" };
  const model = { kind: "model" as const, community: 2, published: null };
  const cases: [string, typeof paper | typeof model, number, Partial<Filters>, boolean][] = [
    ["all pass by default", paper, 1, {}, true],
    ["type switched off", model, 1, { types: ["paper"] }, false],
    ["other community", paper, 1, { community: 2 }, false],
    ["same community", model, 1, { community: 2 }, true],
    ["below min degree", model, 1, { minDegree: 2 }, false],
    ["paper before from", paper, 1, { from: "2025-04-01" }, false],
    ["paper after to", paper, 1, { to: "2025-03-01" }, false],
    ["paper inside range", paper, 1, { from: "2025-03-01", to: "2025-03-31" }, true],
    ["entities ignore dates", model, 1, { from: "2030-01-01" }, true],
  ];
  it.each(cases)("%s", (_name, attrs, degree, patch, expected) => {
    expect(isNodeVisible("n", attrs, degree, { ...DEFAULT_FILTERS, ...patch })).toBe(expected);
  });

  it("always shows area and community nodes, whatever kinds are switched on", () => {
    for (const kind of ["area", "community"] as const)
      expect(
        isNodeVisible("n", { kind, community: null, published: null }, 0, { ...DEFAULT_FILTERS, types: [] }),
      ).toBe(true);
  });

  it("always keeps pinned nodes", () => {
    expect(isNodeVisible("n", model, 0, { ...DEFAULT_FILTERS, types: [] }, new Set(["n"]))).toBe(true);
  });
});
