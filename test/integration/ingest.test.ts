import { PAPER_LINKS } from "@paperkg/core";
import { contentFingerprint, graphFingerprint, openDriver, runCypher } from "@paperkg/store";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { killIngestDuring } from "../helpers/killIngestDuring.ts";
import { ingestWithCli, neo4jEnv, runCli } from "../helpers/runCli.ts";
import { wipeDatabase } from "../helpers/wipeDatabase.ts";

describe("paperkg ingest against the real Neo4j", () => {
  const conn = inject("neo4j");
  const env = neo4jEnv(conn);
  let driver: Driver;
  const count = async (query: string) => {
    const res = await runCypher(driver, query, {}, { database: conn.database });
    return Number(res.rows[0]?.n);
  };

  beforeAll(async () => {
    driver = openDriver(conn);
    await wipeDatabase(driver, conn.database);
  });
  afterAll(async () => {
    await driver.close();
  });

  it("loads the four sample pages as 261 papers, each linked to entities, every node placed", async () => {
    const result = await ingestWithCli(conn, ["data/samples"]);
    expect(result.stderr).toMatch(/311 records → 261 papers/);
    expect(await count("MATCH (p:Paper) RETURN count(p) AS n")).toBe(261);
    expect(await count(`MATCH (p:Paper) WHERE NOT (p)-[:${PAPER_LINKS}]->() RETURN count(p) AS n`)).toBe(0);
    expect(
      await count(
        "MATCH (n) WHERE NOT n:Community AND NOT n:Area AND NOT n:Snapshot AND (n.community IS NULL OR n.x IS NULL OR n.y IS NULL) RETURN count(n) AS n",
      ),
    ).toBe(0);
    expect(await count("MATCH (c:Community) RETURN count(c) AS n")).toBeGreaterThan(1);
  });

  it("is idempotent: a second ingest of the same input leaves the same graph", async () => {
    const first = await graphFingerprint(driver, conn.database);
    await ingestWithCli(conn, ["data/samples"]);
    expect(await graphFingerprint(driver, conn.database)).toEqual(first);
  });

  it("ingesting the pages one by one gives the papers, entities and links of ingesting them together", async () => {
    const together = await contentFingerprint(driver, conn.database);
    await wipeDatabase(driver, conn.database);
    await ingestWithCli(conn, [
      "data/samples/000_7dca4d9b637ec388.txt",
      "data/samples/001_d5c30b527c2c2899.txt",
    ]);
    await ingestWithCli(conn, [
      "data/samples/002_970a2bdfedbc252e.txt",
      "data/samples/003_4eab77fffd4a2170.txt",
    ]);
    expect(await contentFingerprint(driver, conn.database)).toEqual(together);
  });

  it("converges to the clean graph after being killed with SIGKILL mid-load", async () => {
    await wipeDatabase(driver, conn.database);
    await ingestWithCli(conn, ["data/samples"]);
    const clean = await graphFingerprint(driver, conn.database);
    for (const [stage, delay] of [
      [/load (papers|entities)/, 0],
      [/load links/, 150],
      [/placements/, 50],
    ] as const) {
      await wipeDatabase(driver, conn.database);
      const { killed } = await killIngestDuring(env, ["data/samples"], stage, delay);
      expect(killed, String(stage)).toBe(true);
      await ingestWithCli(conn, ["data/samples"]);
      expect(await graphFingerprint(driver, conn.database), String(stage)).toEqual(clean);
    }
  }, 600_000);

  it("stops with a clear message, not a stack trace, when Neo4j is unreachable", async () => {
    const result = await runCli(["ingest", "data/samples"], {
      env: { ...env, NEO4J_URI: "bolt://127.0.0.1:1" },
    });
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/cannot reach NEO4J_URI=bolt:\/\/127\.0\.0\.1:1/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it("paperkg query prints JSON rows, refuses writes without --write and shows Neo4j's error position", async () => {
    const json = await runCli(["query", "MATCH (p:Paper) RETURN count(p) AS papers", "--format", "json"], {
      env,
    });
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual([{ papers: 261 }]);

    const param = await runCli(
      [
        "query",
        "MATCH (b:Benchmark {id: $id}) RETURN b.id AS id",
        "--param",
        "id=benchmark:gsm8k",
        "--format",
        "csv",
      ],
      { env },
    );
    expect(param.stdout.split("\n").slice(0, 2)).toEqual(["id", "benchmark:gsm8k"]);

    const write = await runCli(["query", "CREATE (:Hack) RETURN 1"], { env });
    expect(write.code).not.toBe(0);
    expect(write.stderr).toMatch(/--write/);
    expect(await count("MATCH (h:Hack) RETURN count(h) AS n")).toBe(0);

    const bad = await runCli(["query", "MATCH (n RETURN n"], { env });
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toMatch(/SyntaxError[\s\S]*line 1, column/);
    expect(bad.stderr).not.toMatch(/\n\s+at /);

    const allowed = await runCli(["query", "CREATE (h:Hack) RETURN count(h) AS n", "--write"], { env });
    expect(allowed.code).toBe(0);
    await runCli(["query", "MATCH (h:Hack) DELETE h", "--write"], { env });
  });
});
