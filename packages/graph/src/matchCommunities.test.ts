import { describe, expect, it } from "vitest";
import { computeAnalytics } from "./computeAnalytics.ts";
import { matchCommunities } from "./matchCommunities.ts";
import { plantedSnapshot } from "./plantedSnapshot.testSupport.ts";

// A recomputed partition against an earlier one: same communities keep their ids, splits and
// merges are named. The earlier partitions here are made by hand from the planted one.

const analytics = computeAnalytics(plantedSnapshot().snapshot);
const communityOf = new Map(analytics.placements.map((p) => [p.id, p.community]));
const ids = [...new Set(analytics.placements.map((p) => p.community))]
  .filter((c) => c !== 0)
  .sort((a, b) => a - b);

describe("matchCommunities", () => {
  it("keeps the earlier ids of communities that are the same, whatever ids the recomputation gave", () => {
    const earlier = new Map([...communityOf].map(([id, c]) => [id, c === 0 ? 0 : c + 1000]));
    const { analytics: matched, lineage } = matchCommunities(earlier, analytics);
    for (const p of matched.placements) expect(p.community, p.id).toBe(earlier.get(p.id));
    expect(matched.communities.map((c) => c.id)).toEqual(
      analytics.communities.map((c) => (c.id === 0 ? 0 : c.id + 1000)).sort((a, b) => a - b),
    );
    for (const l of matched.communityLinks) expect(l.source).toBeLessThan(l.target);
    expect(lineage.size).toBe(0);
  });

  it("names a split: an earlier community whose two halves are now two communities", () => {
    const [a, b] = ids as [number, number];
    const earlier = new Map([...communityOf].map(([id, c]) => [id, c === b ? a : c]));
    const { analytics: matched, lineage } = matchCommunities(earlier, analytics);
    const halves = matched.communities.filter((c) => lineage.get(c.id)?.splitFrom[0] === a);
    expect(halves.length).toBeGreaterThanOrEqual(1);
    // a piece that is not the majority of the earlier community gets an id of its own
    for (const h of halves) expect(h.id).not.toBe(a);
    expect(new Set(matched.communities.map((c) => c.id)).size).toBe(matched.communities.length);
  });

  it("names a merge: one community now where two were", () => {
    const [a] = ids as [number];
    const members = [...communityOf].filter(([, c]) => c === a).map(([id]) => id);
    const earlier = new Map(communityOf);
    members.forEach((id, i) => {
      if (i % 2 === 1) earlier.set(id, 777_777);
    });
    const { analytics: matched, lineage } = matchCommunities(earlier, analytics);
    const merged = [...lineage.entries()].find(([, l]) => l.mergedFrom.length === 2);
    expect(merged?.[1].mergedFrom).toEqual([a, 777_777].sort((x, y) => x - y));
    const now = matched.placements.find((p) => p.id === members[0])!.community;
    expect(merged?.[0]).toBe(now);
    expect([a, 777_777]).not.toContain(now);
    // the other communities are untouched
    for (const p of matched.placements)
      if (communityOf.get(p.id) !== a) expect(p.community, p.id).toBe(communityOf.get(p.id));
  });
});
