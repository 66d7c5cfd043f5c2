import type { GraphView, Health } from "@paperkg/core";
import { describe, expect, it } from "vitest";
import { chooseView } from "./chooseView.ts";
import type { Loadable } from "./types.ts";

const healthy = (nodes: number): Loadable<Health> => ({
  type: "ok",
  data: { status: "ok", neo4j: "up", nodes, papers: 1, relationships: 0 },
});

describe("chooseView", () => {
  const cases: [GraphView | null, Loadable<Health>, GraphView | null][] = [
    ["papers", { type: "loading" }, "papers"],
    ["entities", healthy(50_000), "entities"],
    [null, { type: "loading" }, null],
    [null, healthy(300), "bipartite"],
    [null, healthy(10_000), "bipartite"],
    [null, healthy(10_001), "communities"],
    [null, { type: "error", message: "down" }, "bipartite"],
  ];
  it.each(cases)("asked for %s with health %j shows %s", (requested, health, view) => {
    expect(chooseView(requested, health)).toBe(view);
  });
});
