import { spawn } from "node:child_process";
import { runIngest } from "@paperkg/pipeline";
import { acquireIngestLock, openDriver, StoreError } from "@paperkg/store";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from "vitest";
import { wipeDatabase } from "../helpers/wipeDatabase.ts";

/** The database-wide ingest lock, against the real test Neo4j. */
describe("ingest lock", () => {
  const conn = inject("neo4j");
  const database = conn.database;
  let driver: Driver;

  beforeAll(() => {
    driver = openDriver(conn);
  });
  afterAll(async () => {
    await driver.close();
  });
  beforeEach(async () => {
    await wipeDatabase(driver, database);
  });

  it("of five takers at once on a database never ingested into, exactly one wins; the others fail with LOCKED", async () => {
    await driver.executeQuery("DROP CONSTRAINT ingestlock_id IF EXISTS", {}, { database });
    const takes = await Promise.allSettled(
      Array.from({ length: 5 }, () => acquireIngestLock(driver, { database })),
    );
    const won = takes.filter((t) => t.status === "fulfilled");
    expect(won).toHaveLength(1);
    for (const t of takes) {
      if (t.status === "rejected") expect((t.reason as StoreError).code).toBe("LOCKED");
    }
    await (won[0] as PromiseFulfilledResult<Awaited<ReturnType<typeof acquireIngestLock>>>).value.release();
    const again = await acquireIngestLock(driver, { database });
    await again.release();
  });

  it("an ingest into a locked database stops with a message naming the holder, and waits when told", async () => {
    const held = await acquireIngestLock(driver, { database });
    const err = await runIngest({
      inputs: ["data/samples/000_7dca4d9b637ec388.txt"],
      connection: conn,
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StoreError);
    expect((err as StoreError).code).toBe("LOCKED");
    expect((err as Error).message).toMatch(/another ingest is running on database ".+" \(host .+, pid \d+/);
    expect(await paperCount()).toBe(0);

    const waits: string[] = [];
    const waiting = runIngest({
      inputs: ["data/samples/000_7dca4d9b637ec388.txt"],
      connection: conn,
      lockWaitMs: 60_000,
      onEvent: (e) => {
        if (e.type === "notice" && e.code === "LOCK_WAIT") waits.push(e.message);
      },
    });
    while (waits.length === 0) await new Promise((r) => setTimeout(r, 100));
    expect(await paperCount()).toBe(0);
    await held.release();
    const report = await waiting;
    expect(report.papersInGraph).toBeGreaterThan(0);
    expect(await paperCount()).toBe(report.papersInGraph);
    expect(await lockNodes()).toBe(0);
  });

  it("a SIGKILLed holder on this host does not block the next ingest", async () => {
    const child = spawn(
      process.execPath,
      [
        "--import",
        "tsx",
        "--input-type=module",
        "-e",
        `import { acquireIngestLock, openDriver } from "@paperkg/store";
         const conn = JSON.parse(process.env.CONN);
         const driver = openDriver(conn);
         await acquireIngestLock(driver, { database: conn.database });
         process.stdout.write("held\\n");
         setInterval(() => {}, 1000);`,
      ],
      {
        cwd: "test",
        env: { ...process.env, CONN: JSON.stringify(conn) },
        stdio: ["ignore", "pipe", "inherit"],
      },
    );
    await new Promise<void>((resolve, reject) => {
      child.stdout.on("data", (d) => String(d).includes("held") && resolve());
      child.on("exit", (code) => reject(new Error(`holder exited early (${code})`)));
    });
    child.removeAllListeners("exit");
    await expect(acquireIngestLock(driver, { database })).rejects.toMatchObject({ code: "LOCKED" });
    const exited = new Promise((r) => child.on("exit", r));
    child.kill("SIGKILL");
    await exited;
    const lock = await acquireIngestLock(driver, { database });
    await lock.release();
  });

  it("a holder elsewhere that stopped renewing loses the lock when it expires", async () => {
    await acquireIngestLock(driver, { database }).then((l) => l.release()); // the constraint
    await driver.executeQuery(
      `CREATE (:IngestLock {id: 'ingest', owner: 'other-host:1:x', host: 'other-host', pid: 1,
         since: timestamp(), expires: timestamp() + 1500})`,
      {},
      { database },
    );
    await expect(acquireIngestLock(driver, { database })).rejects.toMatchObject({ code: "LOCKED" });
    const lock = await acquireIngestLock(driver, { database, waitMs: 30_000 });
    const owner = await driver.executeQuery("MATCH (l:IngestLock) RETURN l.host AS host", {}, { database });
    expect(owner.records.map((r) => r.get("host"))).not.toContain("other-host");
    await lock.release();
  });

  async function paperCount(): Promise<number> {
    const res = await driver.executeQuery("MATCH (p:Paper) RETURN count(p) AS n", {}, { database });
    return Number(res.records[0]?.get("n"));
  }
  async function lockNodes(): Promise<number> {
    const res = await driver.executeQuery("MATCH (l:IngestLock) RETURN count(l) AS n", {}, { database });
    return Number(res.records[0]?.get("n"));
  }
});
