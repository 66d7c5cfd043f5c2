import { spawnSync } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { GraphAnalytics, PaperNode } from "@paperkg/core";
import { describe, expect, it } from "vitest";
import { FilePapersCache } from "./FilePapersCache.ts";
import { FilePlacementsCache } from "./FilePlacementsCache.ts";
import { tempDirs } from "./tempDirs.testSupport.ts";

/** The pid of a process that ran and exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"]);
  return Number(child.stdout.toString());
}

const analytics: GraphAnalytics = {
  placements: [{ id: "p1", community: 0, x: 1, y: 2, pagerank: 0.5, hub: false }],
  communities: [],
  areas: [],
  communityLinks: [],
  areaLinks: [],
} as unknown as GraphAnalytics;

describe("cache copies a killed run left", () => {
  const tempDir = tempDirs("stale-temps");

  it("are removed by the next prepare, a live process's copy kept", async () => {
    const dir = tempDir();
    const dead = deadPid();
    const live = process.ppid;
    const left = [join(dir, `papers.jsonl.${dead}.tmp`), join(dir, `placements.tsv.${dead}.tmp`)];
    const kept = [join(dir, `papers.jsonl.${live}.tmp`), join(dir, "papers.jsonl.notes.tmp")];
    for (const f of [...left, ...kept]) writeFileSync(f, "cut short\n");
    (await new FilePapersCache(dir).prepare("nonce-1", [] as PaperNode[])).commit();
    (await new FilePlacementsCache(dir).prepare("nonce-1", analytics)).commit();
    for (const f of left) expect(existsSync(f), f).toBe(false);
    for (const f of kept) expect(existsSync(f), f).toBe(true);
    expect(existsSync(join(dir, "papers.jsonl"))).toBe(true);
    expect(existsSync(join(dir, "placements.tsv"))).toBe(true);
  });
});
