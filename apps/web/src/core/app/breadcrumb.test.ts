import { describe, expect, it } from "vitest";
import { DEFAULT_FILTERS } from "../filters/index.ts";
import { breadcrumb, type LevelNames } from "./breadcrumb.ts";

const names: LevelNames = {
  hasAreas: true,
  areaLabel: (a) => (a === 7 ? "reinforcement learning · RLHF · reward model" : null),
  communityLabel: (c) => (c === 42 ? "GRPO · GSM8K · MATH" : null),
  areaOf: (c) => (c === 42 ? 7 : null),
};

describe("breadcrumb", () => {
  it("walks all areas › an area › a community, each crumb but the last leading back up", () => {
    expect(breadcrumb("areas", DEFAULT_FILTERS, names)).toEqual([{ label: "All areas", target: null }]);
    expect(breadcrumb("communities", { ...DEFAULT_FILTERS, area: 7 }, names)).toEqual([
      { label: "All areas", target: { type: "areas" } },
      { label: "reinforcement learning · RLHF", target: null },
    ]);
    expect(breadcrumb("bipartite", { ...DEFAULT_FILTERS, community: 42 }, names)).toEqual([
      { label: "All areas", target: { type: "areas" } },
      { label: "reinforcement learning · RLHF", target: { type: "area", area: 7 } },
      { label: "GRPO · GSM8K", target: null },
    ]);
  });

  it("names unknown levels by number, and goes back to all communities when there are no areas", () => {
    const flat = { ...names, hasAreas: false };
    expect(breadcrumb("papers", { ...DEFAULT_FILTERS, community: 5 }, flat)).toEqual([
      { label: "All communities", target: { type: "communities" } },
      { label: "Community 5", target: null },
    ]);
    expect(breadcrumb("communities", DEFAULT_FILTERS, flat)).toEqual([
      { label: "All communities", target: null },
    ]);
  });

  it("shows nothing on the whole graph", () => {
    expect(breadcrumb("bipartite", DEFAULT_FILTERS, names)).toEqual([]);
  });
});
