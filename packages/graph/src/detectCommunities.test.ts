import type { GraphSnapshot } from "@paperkg/core";
import { describe, expect, it } from "vitest";
import { computeAnalytics } from "./computeAnalytics.ts";
import { GENERIC_CONCEPT, paperNode, plantedSnapshot } from "./plantedSnapshot.testSupport.ts";

// Hubs, folding of tiny communities, content-derived ids and the area level, through computeAnalytics.

const { snapshot } = plantedSnapshot();

/** The planted graph plus two papers linked only to the generic concept (the hub) and one unique concept. */
function withStrays(base: GraphSnapshot): GraphSnapshot {
  const strays = ["p-stray-a", "p-stray-b"];
  const unique = strays.map((p) => ({
    id: `concept:only-${p}`,
    type: "concept" as const,
    name: `only ${p}`,
    aliases: [],
    family: null,
    paperCount: 1,
  }));
  const link = (paper: string, entity: string) => ({
    paper,
    entity,
    type: "MENTIONS" as const,
    evidence: [],
    spans: [],
    confidence: 0.9,
    rule: "planted",
    metric: null,
    value: null,
  });
  return {
    papers: [...base.papers, ...strays.map((id) => paperNode(id, id))].sort((a, b) => (a.id < b.id ? -1 : 1)),
    entities: [...base.entities, ...unique].sort((a, b) => (a.id < b.id ? -1 : 1)),
    links: [
      ...base.links,
      ...strays.flatMap((p) => [link(p, GENERIC_CONCEPT.id), link(p, `concept:only-${p}`)]),
    ],
  };
}

describe("detectCommunities (through computeAnalytics)", () => {
  it("marks entities on more than 20% of the papers as hubs (the generic concept among them), no others", () => {
    const a = computeAnalytics(snapshot);
    const hubs = new Set(a.placements.filter((p) => p.hub).map((p) => p.id));
    expect(hubs.has(GENERIC_CONCEPT.id)).toBe(true);
    for (const e of snapshot.entities) {
      expect(hubs.has(e.id), `${e.id} on ${e.paperCount}`).toBe(e.paperCount > 0.2 * snapshot.papers.length);
    }
    for (const p of snapshot.papers) expect(hubs.has(p.id)).toBe(false);
  });

  it("folds communities under three papers: papers sharing only a hub go to 'other' (id 0)", () => {
    const a = computeAnalytics(withStrays(snapshot));
    const communityOf = new Map(a.placements.map((p) => [p.id, p.community]));
    expect(communityOf.get("p-stray-a")).toBe(0);
    expect(communityOf.get("p-stray-b")).toBe(0);
    const other = a.communities.find((c) => c.id === 0)!;
    expect(other.papers).toBe(2);
    expect(other.label).toMatch(/^other/);
    for (const c of a.communities) if (c.id !== 0) expect(c.papers, c.label).toBeGreaterThanOrEqual(3);
  });

  it("derives ids from content: a topic's community keeps its id when another topic joins the graph", () => {
    const full = plantedSnapshot().snapshot;
    const speech = new Set(full.papers.filter((p) => p.id.startsWith("p-speech")).map((p) => p.id));
    const without: GraphSnapshot = {
      papers: full.papers.filter((p) => !speech.has(p.id)),
      entities: full.entities,
      links: full.links.filter((l) => !speech.has(l.paper)),
    };
    const membersById = (s: GraphSnapshot) => {
      const a = computeAnalytics(s);
      const out = new Map<number, string>();
      for (const c of a.communities)
        out.set(
          c.id,
          a.placements
            .filter((p) => p.community === c.id && p.id.startsWith("p-"))
            .map((p) => p.id)
            .join(","),
        );
      return out;
    };
    const before = membersById(without);
    const after = membersById(full);
    let kept = 0;
    for (const [id, members] of before) {
      const same = [...after.entries()].find(([, m]) => m === members);
      if (same) {
        expect(same[0], members).toBe(id);
        kept++;
      }
    }
    expect(kept).toBeGreaterThan(0);
  });

  it("groups communities into labelled areas that cover every paper once", () => {
    const a = computeAnalytics(snapshot);
    const areaIds = new Set(a.areas.map((x) => x.id));
    for (const c of a.communities) expect(areaIds.has(c.area), c.label).toBe(true);
    expect(a.areas.reduce((s, x) => s + x.papers, 0)).toBe(snapshot.papers.length);
    expect(a.areas.reduce((s, x) => s + x.communities, 0)).toBe(a.communities.length);
    for (const x of a.areas) expect(x.label.length, String(x.id)).toBeGreaterThan(0);
    expect(a.areas.length).toBeLessThanOrEqual(a.communities.length);
  });
});
