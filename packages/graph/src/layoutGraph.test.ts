import { describe, expect, it } from "vitest";
import { computeAnalytics } from "./computeAnalytics.ts";
import { measureLayout } from "./measureLayout.ts";
import { GENERIC_CONCEPT, plantedSnapshot } from "./plantedSnapshot.testSupport.ts";

// Communities as regions, through computeAnalytics on the planted graph (four topics, one hub).

const analytics = computeAnalytics(plantedSnapshot(20).snapshot);

describe("layoutGraph (through computeAnalytics)", () => {
  it("draws each community as a region: kNN purity and centroid share of at least 0.8", () => {
    const q = measureLayout(analytics.placements, 10);
    expect(q.knnPurity).toBeGreaterThanOrEqual(0.8);
    expect(q.centroidShare).toBeGreaterThanOrEqual(0.8);
    expect(q.knnPurity).toBeGreaterThan(q.knnChance);
  });

  it("keeps the hub inside its own community's region rather than at the centre of all", () => {
    const hub = analytics.placements.find((p) => p.id === GENERIC_CONCEPT.id)!;
    const own = analytics.communities.find((c) => c.id === hub.community)!;
    const d = (c: { x: number; y: number }) => Math.hypot(c.x - hub.x, c.y - hub.y);
    for (const c of analytics.communities) if (c.id !== own.id) expect(d(own)).toBeLessThan(d(c));
  });

  it("puts the community and area centroids where their members are", () => {
    for (const c of analytics.communities) {
      const members = analytics.placements.filter((p) => p.community === c.id && !p.hub);
      const mx = members.reduce((s, p) => s + p.x, 0) / members.length;
      expect(Math.abs(mx - c.x)).toBeLessThan(1);
    }
    for (const a of analytics.areas) expect(Number.isFinite(a.x) && Number.isFinite(a.y)).toBe(true);
  });
});
