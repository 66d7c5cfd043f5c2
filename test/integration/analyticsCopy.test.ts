import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { FilePlacementsCache, runIngest } from "@paperkg/pipeline";
import {
  contentFingerprint,
  graphFingerprint,
  lastSnapshot,
  openDriver,
  readPlacements,
  sortGroups,
} from "@paperkg/store";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { KEPT, NEXT_DAY } from "../helpers/samplesSplit.ts";
import { wipeDatabase } from "../helpers/wipeDatabase.ts";

/**
 * writeAnalytics given the stored groups writes only the community and area rows and links that
 * differ: after a full recomputation over a kept graph (--rebuild) and a day after it, taken from
 * the cache folder's copy, the database holds every row and link the run computed, and the same
 * graph as the same runs reading the stored groups from the database.
 */
describe("analytics written against the placements copy", () => {
  const conn = inject("neo4j");
  const database = conn.database;
  let driver: Driver;

  beforeAll(() => {
    driver = openDriver(conn);
  });
  afterAll(async () => {
    await driver.close();
  });

  async function runs(cacheDir: string | undefined) {
    await wipeDatabase(driver, database);
    const opts = (inputs: string[], rebuild = false) => ({
      inputs,
      connection: conn,
      ...(cacheDir ? { cacheDir } : {}),
      ...(rebuild ? { rebuild } : {}),
    });
    const checks: string[] = [];
    for (const [inputs, rebuild] of [
      [KEPT, false],
      [KEPT, true],
      [NEXT_DAY, false],
      [NEXT_DAY, true],
      [[...KEPT, ...NEXT_DAY], false],
    ] as const) {
      const report = await runIngest(opts([...inputs], rebuild));
      const step = `${inputs.length} pages${rebuild ? " --rebuild" : ""}`;
      const stored = await readPlacements(driver, database);
      if (!report.unchanged) expect(stored.groups, step).toEqual(sortGroups(report.analytics));
      if (cacheDir) {
        const copy = new FilePlacementsCache(cacheDir).load((await lastSnapshot(driver, database))?.nonce);
        expect(copy, step).toEqual(stored);
      }
      checks.push(step);
    }
    return {
      checks,
      graph: await graphFingerprint(driver, database),
      content: await contentFingerprint(driver, database),
      groups: (await readPlacements(driver, database)).groups,
    };
  }

  it("leaves the groups the run computed and the graph of runs that read them from the database", async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), "paperkg-analytics-copy-"));
    try {
      const withCopy = await runs(cacheDir);
      const fromDatabase = await runs(undefined);
      expect(withCopy.checks).toHaveLength(5);
      expect(withCopy.groups.communities.length).toBeGreaterThan(1);
      expect(withCopy.groups.communityLinks.length).toBeGreaterThan(0);
      expect(withCopy.groups).toEqual(fromDatabase.groups);
      expect(withCopy.graph).toEqual(fromDatabase.graph);
      expect(withCopy.content).toEqual(fromDatabase.content);
    } finally {
      rmSync(cacheDir, { recursive: true, force: true });
    }
  }, 600_000);
});
