import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runIngest } from "@paperkg/pipeline";
import { openDriver } from "@paperkg/store";
import neo4j, { type Driver } from "neo4j-driver";
import { afterAll, describe, expect, inject, it } from "vitest";
import { runCli } from "../helpers/runCli.ts";
import { startTestServer } from "../helpers/startTestServer.ts";
import { wipeDatabase } from "../helpers/wipeDatabase.ts";

/** Ingest's clock readings: the only properties a bulk load does not reproduce (contentHash it does). */
const CLOCK = new Set(["at", "finishedAt"]);
/** A snapshot's random identity: both graphs must carry one, each its own. */
const RANDOM = new Set(["nonce"]);

/** A value with its Neo4j type spelled out, so an integer stored as a float is a difference. */
function typed(value: unknown): unknown {
  if (neo4j.isInt(value)) return `int:${value.toString()}`;
  if (typeof value === "number") return `float:${value}`;
  if (Array.isArray(value)) return value.map(typed);
  return value;
}
const canonical = (props: Record<string, unknown>) =>
  JSON.stringify(
    Object.keys(props)
      .filter((k) => !CLOCK.has(k))
      .sort()
      .map((k) => [k, RANDOM.has(k) ? typeof props[k] : typed(props[k])]),
  );

/** A driver that keeps Neo4j integers as `Integer`, so the dump can tell them from floats. */
const rawDriver = (c: { uri: string; user: string; password: string }) =>
  neo4j.driver(c.uri, neo4j.auth.basic(c.user, c.password));

/** Every node and relationship of a database as sorted lines: labels or type, ends, typed properties. */
async function dumpGraph(driver: Driver, database: string): Promise<string[]> {
  const nodes = await driver.executeQuery(
    "MATCH (n) WHERE NOT n:IngestLock RETURN labels(n) AS labels, properties(n) AS props",
    {},
    { database },
  );
  const rels = await driver.executeQuery(
    `MATCH (a)-[r]->(b)
     RETURN labels(a) AS from, a.id AS fromId, type(r) AS type, labels(b) AS to, b.id AS toId, properties(r) AS props`,
    {},
    { database },
  );
  const end = (labels: string[], id: unknown) => `${[...labels].sort().join(":")}#${String(typed(id))}`;
  return [
    ...nodes.records.map((r) => `(${[...r.get("labels")].sort().join(":")} ${canonical(r.get("props"))})`),
    ...rels.records.map(
      (r) =>
        `${end(r.get("from"), r.get("fromId"))} -[${r.get("type")} ${canonical(r.get("props"))}]-> ${end(r.get("to"), r.get("toId"))}`,
    ),
  ].sort();
}

/**
 * The bulk path: `paperkg export --format neo4j-admin` then `paperkg neo4j import` into a second,
 * bundled Neo4j gives the graph `paperkg ingest` writes into an empty database, node for node and
 * property for property (ingest's clock readings and content hashes aside).
 */
describe("bulk path: export for neo4j-admin, import into the bundled Neo4j", () => {
  const conn = inject("neo4j");
  const work = mkdtempSync(join(tmpdir(), "paperkg-bulk-"));
  const env = {
    ...process.env,
    NEO4J_URI: undefined,
    NEO4J_PASSWORD: undefined,
    PAPERKG_NEO4J_HOME: join(work, "home"),
    // Four above the test server's port: start.test takes +2, developers' own servers +3.
    NEO4J_BOLT_PORT: String(Number(new URL(conn.uri.replace(/^bolt/, "http")).port) + 4),
    NEO4J_HEAP: "512m",
    NEO4J_PAGECACHE: "128m",
    CI: "true",
  } as NodeJS.ProcessEnv;
  afterAll(async () => {
    await runCli(["neo4j", "stop"], { env });
    rmSync(work, { recursive: true, force: true });
  });

  it("names the folder and the fix when it is not an export", async () => {
    const res = await runCli(["neo4j", "import", join(work, "nowhere")], { env });
    expect(res.code).not.toBe(0);
    expect(res.stderr).toMatch(/import\.json not found.*paperkg export --format neo4j-admin/);
    expect(res.stderr).not.toMatch(/\n\s+at /);
  });

  it("imports the samples export into a graph equal to the samples ingest", async () => {
    const driver = openDriver(conn);
    const raw = rawDriver(conn);
    let ingested: string[];
    try {
      await wipeDatabase(driver, conn.database);
      await runIngest({ inputs: ["data/samples"], connection: conn });
      ingested = await dumpGraph(raw, conn.database);
    } finally {
      await driver.close();
      await raw.close();
    }

    const out = join(work, "export");
    const exported = await runCli(["export", "data/samples", "--format", "neo4j-admin", "--out", out], {
      env,
    });
    expect(exported.code, exported.stderr).toBe(0);
    const imported = await runCli(["neo4j", "import", out], { env });
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stderr).toMatch(/IMPORT DONE/);
    const started = await runCli(["neo4j", "start"], { env });
    expect(started.code, started.stderr).toBe(0);

    const bulk = {
      uri: started.stdout.trim(),
      user: "neo4j",
      password: readFileSync(join(work, "home", "password"), "utf8").trim(),
      database: "neo4j",
    };
    const bulkDriver = rawDriver(bulk);
    try {
      const loaded = await dumpGraph(bulkDriver, bulk.database);
      const have = new Set(loaded);
      const want = new Set(ingested);
      const missing = ingested.filter((l) => !have.has(l));
      const extra = loaded.filter((l) => !want.has(l));
      expect(missing.slice(0, 5), `${missing.length} lines of the ingested graph missing`).toEqual([]);
      expect(extra.slice(0, 5), `${extra.length} lines the ingested graph lacks`).toEqual([]);
      expect(loaded.length).toBe(ingested.length);
    } finally {
      await bulkDriver.close();
    }

    // The server creates paperkg's indexes over the imported database and answers from it.
    const server = await startTestServer(bulk);
    try {
      expect((await server.get("/api/health")).body).toMatchObject({ status: "ok", papers: 261 });
      const found = (await server.get("/api/search?q=transformer")).body as { results: unknown[] };
      expect(found.results.length).toBeGreaterThan(0);
    } finally {
      await server.close();
    }

    // A second import needs the server stopped, and says so.
    const refused = await runCli(["neo4j", "import", out], { env });
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toMatch(/running .*paperkg neo4j stop/);
  }, 600_000);
});
