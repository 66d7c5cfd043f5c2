import type { CommunityList, GraphView, Health } from "@paperkg/core";
import { describe, expect, it } from "vitest";
import { chooseView } from "./chooseView.ts";
import type { Loadable } from "./types.ts";

const healthy = (nodes: number): Loadable<Health> => ({
  type: "ok",
  data: {
    status: "ok",
    neo4j: "up",
    nodes,
    papers: 1,
    entities: { method: 0, benchmark: 0, model: 0, task: 0, concept: nodes - 1 },
    links: 0,
    communities: 0,
    relationships: 0,
  },
});
/** `n` communities spread over `areas` areas (none: no area stored). */
const listed = (n: number, areas: number): Loadable<CommunityList> => ({
  type: "ok",
  data: {
    communities: Array.from({ length: n }, (_, i) => ({
      id: i + 1,
      label: `c${i}`,
      size: 10,
      papers: 5,
      topTerms: [],
      area: areas ? i % areas : null,
    })),
  },
});
const loading: Loadable<never> = { type: "loading" };

describe("chooseView", () => {
  const cases: [GraphView | null, Loadable<Health>, Loadable<CommunityList>, GraphView | null][] = [
    ["papers", loading, loading, "papers"],
    ["entities", healthy(50_000), listed(800, 30), "entities"],
    [null, loading, listed(800, 30), null],
    [null, healthy(300), loading, "bipartite"],
    [null, healthy(10_000), listed(800, 30), "bipartite"],
    [null, healthy(10_001), loading, null],
    [null, healthy(190_000), listed(796, 35), "areas"],
    [null, healthy(20_000), listed(40, 6), "communities"],
    [null, healthy(190_000), listed(796, 0), "communities"],
    [null, healthy(190_000), { type: "error", message: "down" }, "communities"],
    [null, { type: "error", message: "down" }, loading, "bipartite"],
  ];
  it.each(cases)(
    "asked for %s with health %j and communities %j shows %s",
    (requested, health, list, view) => {
      expect(chooseView(requested, health, list)).toBe(view);
    },
  );

  it("opens a corpus on communities when the source has no areas level (a static site)", () => {
    expect(chooseView(null, healthy(190_000), listed(796, 35), false)).toBe("communities");
    expect(chooseView("areas", healthy(190_000), listed(796, 35), false)).toBe("communities");
    expect(chooseView("papers", healthy(190_000), listed(796, 35), false)).toBe("papers");
  });
});
