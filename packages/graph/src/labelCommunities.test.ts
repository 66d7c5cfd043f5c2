import { describe, expect, it } from "vitest";
import { computeAnalytics } from "./computeAnalytics.ts";
import { GENERIC_CONCEPT, plantedSnapshot, TOPICS } from "./plantedSnapshot.testSupport.ts";

// Labels through the public entry point (computeAnalytics), so the test holds whichever scoring
// picks them: a label is made of real entity names, never of the generic word on every paper, and
// names the topic its community holds.

const { snapshot, topicOf } = plantedSnapshot();
const analytics = computeAnalytics(snapshot);
const entityNames = new Set(snapshot.entities.map((e) => e.name));
/** A label lists terms joined by " · "; a catch-all community may start with "other". */
const labelTerms = (label: string) => label.split(" · ").filter((t) => t !== "other");

describe("community labels", () => {
  it("are made of entity names only", () => {
    expect(analytics.communities.length).toBeGreaterThan(0);
    for (const c of analytics.communities) {
      expect(c.label.trim(), `community ${c.id}`).not.toBe("");
      for (const term of labelTerms(c.label)) expect(entityNames, c.label).toContain(term);
      for (const term of c.topTerms) expect(entityNames, c.label).toContain(term);
    }
  });

  it("never use the generic concept that every paper mentions", () => {
    for (const c of analytics.communities) {
      expect(labelTerms(c.label), c.label).not.toContain(GENERIC_CONCEPT.name);
    }
  });

  it("name the topic that most of the community's papers belong to", () => {
    const communityOf = new Map(analytics.placements.map((p) => [p.id, p.community]));
    for (const c of analytics.communities) {
      const topics = snapshot.papers
        .filter((p) => communityOf.get(p.id) === c.id)
        .map((p) => topicOf.get(p.id)!);
      if (topics.length < 3) continue;
      const counts = new Map<number, number>();
      for (const t of topics) counts.set(t, (counts.get(t) ?? 0) + 1);
      const top = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0];
      const names = TOPICS[top]!.entities.map(([, name]) => name);
      expect(
        labelTerms(c.label).some((t) => names.includes(t)),
        `${c.label} should name ${TOPICS[top]!.name}`,
      ).toBe(true);
    }
  });

  it("are the same on every run", () => {
    const again = computeAnalytics(plantedSnapshot().snapshot);
    expect(again.communities.map((c) => [c.id, c.label, c.topTerms])).toEqual(
      analytics.communities.map((c) => [c.id, c.label, c.topTerms]),
    );
  });
});
