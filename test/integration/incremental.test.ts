import { type PipelineEvent, runIngest } from "@paperkg/pipeline";
import { graphFingerprint, openDriver } from "@paperkg/store";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { wipeDatabase } from "../helpers/wipeDatabase.ts";

const DAY = ["data/samples/000_7dca4d9b637ec388.txt"];

/** Re-running an ingest: unchanged input does nothing; snapshots record each run that writes. */
describe("incremental ingest", () => {
  const conn = inject("neo4j");
  const database = conn.database;
  let driver: Driver;

  beforeAll(() => {
    driver = openDriver(conn);
  });
  afterAll(async () => {
    await driver.close();
  });

  it("skips an input whose papers are all stored with the same content, unless --rebuild or the last run was cut short", async () => {
    await wipeDatabase(driver, database);
    const first = await runIngest({ inputs: DAY, connection: conn });
    expect(first.unchanged).toBe(false);
    const before = await graphFingerprint(driver, database);
    expect(await snapshots()).toEqual([{ id: first.snapshot, complete: true }]);

    const events: PipelineEvent[] = [];
    const again = await runIngest({ inputs: DAY, connection: conn, onEvent: (e) => events.push(e) });
    expect(again.unchanged).toBe(true);
    expect(again.papersInGraph).toBe(first.papersInGraph);
    expect(events.some((e) => e.type === "stage-start" && e.stage === "extract")).toBe(false);
    expect(events.find((e) => e.type === "notice" && e.code === "UNCHANGED")).toBeDefined();
    expect(await graphFingerprint(driver, database)).toEqual(before);
    expect(await snapshots()).toHaveLength(1);

    const other = await runIngest({ inputs: DAY, connection: conn, analytics: { seed: 7 } });
    expect(other.unchanged, "other analytics settings recompute").toBe(false);

    const rebuilt = await runIngest({ inputs: DAY, connection: conn, rebuild: true });
    expect(rebuilt.unchanged).toBe(false);
    expect(await graphFingerprint(driver, database)).toEqual(before);

    await driver.executeQuery(
      "MATCH (s:Snapshot) WITH s ORDER BY s.seq DESC LIMIT 1 SET s.complete = false",
      {},
      { database },
    );
    const resumed = await runIngest({ inputs: DAY, connection: conn });
    expect(resumed.unchanged, "an interrupted last ingest is finished, not skipped").toBe(false);
    expect(await graphFingerprint(driver, database)).toEqual(before);
    expect((await snapshots()).map((s) => s.complete)).toEqual([true, true, false, true]);
  });

  async function snapshots(): Promise<{ id: string; complete: boolean }[]> {
    const res = await driver.executeQuery(
      "MATCH (s:Snapshot) RETURN s.id AS id, s.complete AS complete ORDER BY s.seq",
      {},
      { database },
    );
    return res.records.map((r) => ({ id: r.get("id") as string, complete: r.get("complete") as boolean }));
  }
});
