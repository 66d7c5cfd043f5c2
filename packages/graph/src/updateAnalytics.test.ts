import type { GraphAnalytics, GraphSnapshot } from "@paperkg/core";
import { describe, expect, it } from "vitest";
import { computeAnalytics } from "./computeAnalytics.ts";
import { paperNode, plantedSnapshot } from "./plantedSnapshot.testSupport.ts";
import { type PreviousAnalytics, updateAnalytics } from "./updateAnalytics.ts";

// An incremental update keeps what was placed and puts new nodes where their links point.

const { snapshot: full, topicOf } = plantedSnapshot(16);
/** The planted graph without each topic's last four papers (and links only they had). */
function base(): GraphSnapshot {
  const late = (id: string) => /-(1[2-5])$/.test(id);
  return {
    papers: full.papers.filter((p) => !late(p.id)),
    entities: full.entities,
    links: full.links.filter((l) => !late(l.paper)),
  };
}
const previousOf = (a: GraphAnalytics): PreviousAnalytics => ({
  placements: new Map(a.placements.map((p) => [p.id, p])),
  areaOf: new Map(a.communities.map((c) => [c.id, c.area])),
});

const before = computeAnalytics(base());
const after = updateAnalytics(full, previousOf(before));
const placed = new Map(after.placements.map((p) => [p.id, p]));

describe("updateAnalytics", () => {
  it("keeps every stored node's community, position and PageRank", () => {
    for (const p of before.placements) {
      const now = placed.get(p.id)!;
      expect([now.community, now.x, now.y, now.pagerank], p.id).toEqual([p.community, p.x, p.y, p.pagerank]);
    }
  });

  it("names as changed the new nodes and the stored ones whose placement differs, and no other", () => {
    // the 16 new papers, plus the stored nodes the update moved (none here): compared afresh
    const differs = after.placements.filter((p) => {
      const was = before.placements.find((b) => b.id === p.id);
      return !was || JSON.stringify(was) !== JSON.stringify(p);
    });
    expect(after.changed.length).toBeGreaterThanOrEqual(16);
    expect(after.changed.map((p) => p.id).sort()).toEqual(differs.map((p) => p.id).sort());
    // a node stored with another hub flag than it has now: changed too (its point is kept)
    const moved = before.placements[0]!;
    const previous = previousOf(before);
    const placements = new Map(previous.placements);
    placements.set(moved.id, { ...moved, hub: !moved.hub });
    const again = updateAnalytics(full, { ...previous, placements });
    expect(again.changed.map((p) => p.id)).toContain(moved.id);
    expect(again.changed.length).toBe(after.changed.length + 1);
    // nothing new, nothing moved: nothing changed
    expect(updateAnalytics(full, previousOf(after)).changed).toEqual([]);
  });

  it("puts each new paper in the community holding most of its topic's stored papers, near them", () => {
    const fresh = full.papers.filter((p) => !before.placements.some((b) => b.id === p.id));
    expect(fresh.length).toBe(16);
    for (const p of fresh) {
      const topic = topicOf.get(p.id);
      const votes = new Map<number, number>();
      for (const b of before.placements)
        if (b.id.startsWith("p-") && topicOf.get(b.id) === topic)
          votes.set(b.community, (votes.get(b.community) ?? 0) + 1);
      const majority = [...votes.entries()].sort((a, b) => b[1] - a[1])[0]![0];
      expect(placed.get(p.id)!.community, p.id).toBe(majority);
      const mates = before.placements.filter((b) => b.community === majority && !b.hub);
      const cx = mates.reduce((s, b) => s + b.x, 0) / mates.length;
      const cy = mates.reduce((s, b) => s + b.y, 0) / mates.length;
      const spread = Math.max(...mates.map((b) => Math.hypot(b.x - cx, b.y - cy)));
      const at = placed.get(p.id)!;
      expect(Math.hypot(at.x - cx, at.y - cy), p.id).toBeLessThanOrEqual(spread + 10);
    }
  });

  it("lists every community a node is in, with sizes that add up, and is deterministic", () => {
    const listed = new Set(after.communities.map((c) => c.id));
    for (const p of after.placements) expect(listed.has(p.community), p.id).toBe(true);
    expect(after.communities.reduce((s, c) => s + c.papers, 0)).toBe(full.papers.length);
    expect(after.communities.reduce((s, c) => s + c.size, 0)).toBe(after.placements.length);
    expect(updateAnalytics(full, previousOf(before))).toEqual(after);
  });

  it("forms a new community, under a new id, from new papers linked to nothing stored", () => {
    const island = ["p-new-a", "p-new-b", "p-new-c", "p-new-d"];
    const entities = ["benchmark:islandbench", "method:island-method"].map((id) => ({
      id,
      type: id.split(":")[0] as "benchmark" | "method",
      name: id.split(":")[1]!,
      aliases: [],
      family: null,
      paperCount: island.length,
    }));
    const grown: GraphSnapshot = {
      papers: [...full.papers, ...island.map((id) => paperNode(id, id))].sort((a, b) =>
        a.id < b.id ? -1 : 1,
      ),
      entities: [...full.entities, ...entities].sort((a, b) => (a.id < b.id ? -1 : 1)),
      links: [
        ...full.links,
        ...island.flatMap((paper) =>
          entities.map((e) => ({
            paper,
            entity: e.id,
            type: e.type === "benchmark" ? ("EVALUATES_ON" as const) : ("USES" as const),
            evidence: [],
            spans: [],
            confidence: 0.9,
            rule: "planted",
            metric: null,
            value: null,
          })),
        ),
      ],
    };
    const next = updateAnalytics(grown, previousOf(after));
    const at = new Map(next.placements.map((p) => [p.id, p]));
    const c = at.get("p-new-a")!.community;
    expect(new Set(island.map((id) => at.get(id)!.community))).toEqual(new Set([c]));
    expect(new Set(after.placements.map((p) => p.community)).has(c)).toBe(false);
    expect(c).toBeGreaterThan(0);
    for (const p of after.placements) expect(at.get(p.id)!.community).toBe(p.community);
    const box = Math.max(...after.placements.map((p) => p.x));
    for (const id of island) expect(Number.isFinite(at.get(id)!.x) && at.get(id)!.x > box).toBe(true);
  });
});

describe("updateAnalytics on a small day", () => {
  // one new paper, in the maths topic: linked to three maths entities and the generic concept
  const links = full.links.filter((l) => l.paper === "p-maths-12");
  const day: GraphSnapshot = {
    papers: [...base().papers, full.papers.find((p) => p.id === "p-maths-12")!].sort((a, b) =>
      a.id < b.id ? -1 : 1,
    ),
    entities: full.entities,
    links: [...base().links, ...links],
  };
  const stored = previousOf(before);
  const withLabels: PreviousAnalytics = {
    ...stored,
    communityLabels: new Map(
      before.communities.map((c) => [c.id, { label: `kept ${c.id}`, topTerms: ["kept"] }]),
    ),
    areaLabels: new Map(before.areas.map((a) => [a.id, { label: `kept area ${a.id}`, topTerms: ["kept"] }])),
  };
  const next = updateAnalytics(day, withLabels);
  const joined = next.placements.find((p) => p.id === "p-maths-12")!.community;

  it("changes only the community the new paper joins", () => {
    const was = new Map(before.communities.map((c) => [c.id, c]));
    expect(next.communities.map((c) => c.id)).toEqual(before.communities.map((c) => c.id));
    for (const c of next.communities) {
      const old = was.get(c.id)!;
      if (c.id === joined)
        expect([c.size, c.papers], `community ${c.id}`).toEqual([old.size + 1, old.papers + 1]);
      else
        expect([c.size, c.papers, c.x, c.y], `community ${c.id}`).toEqual([
          old.size,
          old.papers,
          old.x,
          old.y,
        ]);
    }
  });

  it("keeps every stored label when no community's members change by a tenth", () => {
    for (const c of next.communities) if (c.id !== 0) expect(c.label).toBe(`kept ${c.id}`);
    for (const a of next.areas) if (a.id !== 0) expect(a.label).toBe(`kept area ${a.id}`);
  });

  it("labels afresh a community that a day grows by more than a tenth", () => {
    // the full planted graph adds four papers to each topic of twelve
    const grown = updateAnalytics(full, withLabels);
    const relabelled = grown.communities.filter((c) => c.id !== 0 && !c.label.startsWith("kept"));
    expect(relabelled.length).toBeGreaterThan(0);
    for (const c of relabelled) expect(c.label).toBe(after.communities.find((x) => x.id === c.id)!.label);
  });
});
