import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { GraphAnalytics } from "@paperkg/core";
import { describe, expect, it } from "vitest";
import { FilePlacementsCache } from "./FilePlacementsCache.ts";
import { tempDirs } from "./tempDirs.testSupport.ts";

const analytics: GraphAnalytics = {
  placements: [
    { id: "2401.00001", community: 17, x: -12.345, y: 0.001, pagerank: 1.23e-7, hub: false },
    { id: "method:lora", community: 17, x: 3, y: -4.5, pagerank: 0.000012345, hub: false },
    { id: "concept:large-language-model", community: 0, x: 0, y: 0, pagerank: 0.01, hub: true },
  ],
  communities: [
    { id: 0, label: "other", size: 1, papers: 0, topTerms: [], area: 0, x: 0, y: 0 },
    { id: 17, label: "LoRA · tuning", size: 2, papers: 1, topTerms: ["LoRA", "tuning"], area: 4, x: 1, y: 2 },
  ],
  areas: [
    { id: 4, label: "fine-tuning", size: 2, papers: 1, topTerms: ["LoRA"], communities: 1, x: 1, y: 2 },
  ],
  communityLinks: [
    { source: 17, target: 23, weight: 1.5, strength: 0.25 },
    { source: 3, target: 17, weight: 0.125, strength: 1e-7 },
  ],
  areaLinks: [{ source: 4, target: 9, weight: 2, strength: 1 }],
  modularity: 0.5,
};

describe("FilePlacementsCache", () => {
  const dir = tempDirs("placements");

  it("gives back exactly what the named snapshot stored: placements, areas, labels, group rows and links", () => {
    const at = dir();
    new FilePlacementsCache(at).save("nonce-1", analytics);
    const loaded = new FilePlacementsCache(at).load("nonce-1")!;
    expect([...loaded.placements.values()]).toEqual(analytics.placements);
    expect(loaded.areaOf).toEqual(
      new Map([
        [0, 0],
        [17, 4],
      ]),
    );
    expect(loaded.communityLabels.get(17)).toEqual({ label: "LoRA · tuning", topTerms: ["LoRA", "tuning"] });
    expect(loaded.areaLabels.get(4)).toEqual({ label: "fine-tuning", topTerms: ["LoRA"] });
    // sorted as readPlacements reads them back: by id, links by source then target
    expect(loaded.groups).toEqual({
      communities: analytics.communities,
      areas: analytics.areas,
      communityLinks: [analytics.communityLinks[1], analytics.communityLinks[0]],
      areaLinks: analytics.areaLinks,
    });
  });

  it("prepare writes what save writes, in place only once committed; discarded, it leaves no file", async () => {
    const saved = dir();
    new FilePlacementsCache(saved).save("nonce-1", analytics);
    const at = dir();
    const cache = new FilePlacementsCache(at);
    const file = await cache.prepare("nonce-1", analytics);
    expect(readdirSync(at)).not.toContain("placements.tsv");
    expect(cache.load("nonce-1")).toBeUndefined();
    file.commit();
    expect(readFileSync(join(at, "placements.tsv"), "utf8")).toBe(
      readFileSync(join(saved, "placements.tsv"), "utf8"),
    );
    (await cache.prepare("nonce-2", analytics)).discard();
    expect(readdirSync(at)).toEqual(["placements.tsv"]);
    expect(cache.load("nonce-1")).toBeDefined();
  });

  it("is no cache for another snapshot, none at all, or a file cut short or damaged", () => {
    const at = dir();
    const cache = new FilePlacementsCache(at);
    expect(cache.load("nonce-1")).toBeUndefined();
    cache.save("nonce-1", analytics);
    expect(cache.load("nonce-2")).toBeUndefined();
    expect(cache.load(null)).toBeUndefined();
    const path = join(at, "placements.tsv");
    const text = readFileSync(path, "utf8");
    writeFileSync(path, text.slice(0, text.length - 10));
    expect(cache.load("nonce-1")).toBeUndefined();
    writeFileSync(path, text.replace("\t17\t", "\tseventeen\t"));
    expect(cache.load("nonce-1")).toBeUndefined();
    writeFileSync(path, text);
    expect(cache.load("nonce-1")).toBeDefined();
  });

  it("keeps nothing when the snapshot has no nonce or an id could not be written as a field", () => {
    const at = dir();
    const cache = new FilePlacementsCache(at);
    cache.save("nonce-1", analytics);
    cache.save(null, analytics);
    expect(cache.load("nonce-1")).toBeUndefined();
    cache.save("nonce-2", { ...analytics, placements: [{ ...analytics.placements[0]!, id: "a\tb" }] });
    expect(cache.load("nonce-2")).toBeUndefined();
  });
});
