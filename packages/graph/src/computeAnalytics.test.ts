import type { GraphAnalytics } from "@paperkg/core";
import { describe, expect, it } from "vitest";
import { computeAnalytics } from "./computeAnalytics.ts";
import { GENERIC_CONCEPT, plantedSnapshot } from "./plantedSnapshot.testSupport.ts";

// Properties, not figures: the algorithms behind these (Louvain, ForceAtlas2) may change, the
// contract may not — same input and seed, same answer; every node placed once, at a finite
// point, in a listed community; planted topics found as communities and as regions of the map.

const { snapshot, topicOf } = plantedSnapshot();
const analytics = computeAnalytics(snapshot);
const nodeIds = [...snapshot.papers.map((p) => p.id), ...snapshot.entities.map((e) => e.id)];
const paperIds = snapshot.papers.map((p) => p.id);

const distance = (a: { x: number; y: number }, b: { x: number; y: number }) =>
  Math.hypot(a.x - b.x, a.y - b.y);

describe("computeAnalytics: communities", () => {
  it("gives the same partition for the same input and seed, from a freshly built snapshot", () => {
    const again = computeAnalytics(plantedSnapshot().snapshot);
    expect(again.placements.map((p) => [p.id, p.community])).toEqual(
      analytics.placements.map((p) => [p.id, p.community]),
    );
    expect(again.communities).toEqual(analytics.communities);
    expect(again.modularity).toBe(analytics.modularity);
  });

  it("is deterministic for other seeds and resolutions too", () => {
    for (const options of [{ seed: 7 }, { seed: 1234, resolution: 1.5 }]) {
      const a = computeAnalytics(plantedSnapshot().snapshot, options);
      const b = computeAnalytics(plantedSnapshot().snapshot, options);
      expect(b.placements).toEqual(a.placements);
    }
  });

  it("places every node exactly once, with a non-negative integer community", () => {
    const ids = analytics.placements.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...nodeIds].sort());
    for (const p of analytics.placements) {
      expect(Number.isInteger(p.community) && p.community >= 0, p.id).toBe(true);
    }
  });

  it("lists every community a paper is in, and the listed paper counts add up to all papers", () => {
    const listed = new Set(analytics.communities.map((c) => c.id));
    const communityOf = new Map(analytics.placements.map((p) => [p.id, p.community]));
    for (const id of paperIds) expect(listed.has(communityOf.get(id)!), id).toBe(true);
    expect(analytics.communities.reduce((sum, c) => sum + c.papers, 0)).toBe(paperIds.length);
    expect(new Set(analytics.communities.map((c) => c.id)).size).toBe(analytics.communities.length);
  });

  it("finds the planted topics: several communities, each made mostly of one topic's papers", () => {
    const byCommunity = new Map<number, number[]>();
    for (const p of analytics.placements) {
      if (!p.id.startsWith("p-")) continue;
      byCommunity.set(p.community, [...(byCommunity.get(p.community) ?? []), topicOf.get(p.id)!]);
    }
    expect(byCommunity.size).toBeGreaterThanOrEqual(3);
    let majority = 0;
    for (const topics of byCommunity.values()) {
      const counts = new Map<number, number>();
      for (const t of topics) counts.set(t, (counts.get(t) ?? 0) + 1);
      majority += Math.max(...counts.values());
    }
    expect(majority / paperIds.length).toBeGreaterThanOrEqual(0.85);
    expect(analytics.modularity).toBeGreaterThan(0.3);
  });

  it("handles an empty graph and a single paper", () => {
    expect(computeAnalytics({ papers: [], entities: [], links: [] })).toMatchObject({
      placements: [],
      communities: [],
    });
    const one = plantedSnapshot(1).snapshot;
    const single: GraphAnalytics = computeAnalytics({ ...one, papers: one.papers.slice(0, 1), links: [] });
    expect(single.placements.map((p) => p.id)).toContain(one.papers[0]!.id);
  });
});

describe("computeAnalytics: layout", () => {
  it("gives every node finite coordinates, not all at one point", () => {
    for (const p of analytics.placements) {
      expect(Number.isFinite(p.x) && Number.isFinite(p.y), p.id).toBe(true);
      expect(Number.isFinite(p.pagerank) && p.pagerank >= 0, p.id).toBe(true);
    }
    const xs = analytics.placements.map((p) => p.x);
    const ys = analytics.placements.map((p) => p.y);
    expect(Math.max(...xs) - Math.min(...xs) + Math.max(...ys) - Math.min(...ys)).toBeGreaterThan(0);
  });

  it("gives the same positions for the same input and seed", () => {
    const again = computeAnalytics(plantedSnapshot().snapshot);
    expect(again.placements.map((p) => [p.id, p.x, p.y])).toEqual(
      analytics.placements.map((p) => [p.id, p.x, p.y]),
    );
  });

  it("draws planted topics as regions: papers lie closer to their own topic than to others", () => {
    const at = new Map(analytics.placements.map((p) => [p.id, p]));
    let same = 0;
    let sameN = 0;
    let other = 0;
    let otherN = 0;
    for (const a of paperIds) {
      for (const b of paperIds) {
        if (a >= b) continue;
        const d = distance(at.get(a)!, at.get(b)!);
        if (topicOf.get(a) === topicOf.get(b)) {
          same += d;
          sameN++;
        } else {
          other += d;
          otherN++;
        }
      }
    }
    expect(same / sameN).toBeLessThan(other / otherN);
  });

  it("places community centroids at finite points", () => {
    for (const c of analytics.communities) {
      expect(Number.isFinite(c.x) && Number.isFinite(c.y), c.label).toBe(true);
    }
    expect(analytics.placements.some((p) => p.id === GENERIC_CONCEPT.id)).toBe(true);
  });
});
