import { Changes, ENTITY_LABEL_LIST } from "@paperkg/core";
import { runIngest } from "@paperkg/pipeline";
import { openDriver } from "@paperkg/store";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { neo4jEnv, runCli } from "../helpers/runCli.ts";
import { startTestServer, type TestServer } from "../helpers/startTestServer.ts";
import { wipeDatabase } from "../helpers/wipeDatabase.ts";

const DAY_1 = "data/samples/000_7dca4d9b637ec388.txt";
const DAY_2 = "data/samples/001_d5c30b527c2c2899.txt";
const PRIORITY = ["benchmark", "model", "method"];

/** Snapshots and `GET /api/changes`: what each ingest added, checked against the graph before and after. */
describe("what's new (snapshots, /api/changes)", () => {
  const conn = inject("neo4j");
  const database = conn.database;
  let driver: Driver;
  let server: TestServer;

  beforeAll(async () => {
    driver = openDriver(conn);
    server = await startTestServer(conn);
  });
  afterAll(async () => {
    await server.close();
    await driver.close();
  });

  const ids = async (match: string) =>
    new Set(
      (await driver.executeQuery(`${match} RETURN n.id AS id`, {}, { database })).records.map(
        (r) => r.get("id") as string,
      ),
    );
  const entityMatch = `MATCH (n) WHERE ${ENTITY_LABEL_LIST.map((l) => `n:${l}`).join(" OR ")}`;
  const changes = async (query = "") => {
    const res = await fetch(`${server.url}/api/changes?limit=500${query}`);
    if (res.status !== 200) throw new Error(await res.text());
    return Changes.parse(await res.json());
  };
  const minus = (a: Set<string>, b: Set<string>) => [...a].filter((x) => !b.has(x)).sort();

  it("lists the papers, entities and communities each ingest added", async () => {
    await wipeDatabase(driver, database);
    const first = await runIngest({ inputs: [DAY_1], connection: conn });
    const papers1 = await ids("MATCH (n:Paper)");
    const entities1 = await ids(entityMatch);
    const communities1 = await ids("MATCH (n:Community)");

    const initial = await changes();
    expect(initial.since).toBeNull();
    expect(initial.latest?.id).toBe(first.snapshot);
    expect(initial.newPapers.total).toBe(papers1.size);
    expect(initial.newEntities.total).toBe(entities1.size);

    const second = await runIngest({ inputs: [DAY_2], connection: conn });
    const papers2 = await ids("MATCH (n:Paper)");
    const entities2 = await ids(entityMatch);
    const communities2 = await ids("MATCH (n:Community)");

    const c = await changes();
    expect(c.since?.id).toBe(first.snapshot);
    expect(c.latest?.id).toBe(second.snapshot);
    expect(c.latest?.papers).toBe(papers2.size);
    expect(c.snapshots.map((s) => s.id)).toEqual([second.snapshot, first.snapshot]);

    const newPapers = minus(papers2, papers1);
    expect(newPapers.length).toBeGreaterThan(0);
    expect(c.newPapers.total).toBe(newPapers.length);
    expect(c.newPapers.items.map((p) => p.id).sort()).toEqual(newPapers);

    const newEntities = minus(entities2, entities1);
    expect(newEntities.length).toBeGreaterThan(0);
    expect(c.newEntities.items.map((e) => e.id).sort()).toEqual(newEntities);
    const tiers = c.newEntities.items.map((e) => (PRIORITY.includes(e.kind) ? PRIORITY.indexOf(e.kind) : 3));
    expect(tiers, "benchmarks, models and methods first").toEqual([...tiers].sort((a, b) => a - b));

    // Grown: entities both runs have that a paper of the second day links, counted per entity.
    const linked = await driver.executeQuery(
      `MATCH (p:Paper)-[]->(n) WHERE p.id IN $papers AND NOT n:Community
       RETURN n.id AS id, count(DISTINCT p) AS n`,
      { papers: newPapers },
      { database },
    );
    const expectedGrowth = new Map(
      linked.records
        .filter((r) => entities1.has(r.get("id") as string))
        .map((r) => [r.get("id") as string, Number(r.get("n"))]),
    );
    expect(new Map(c.grownEntities.items.map((e) => [e.id, e.newPapers]))).toEqual(expectedGrowth);
    const growth = c.grownEntities.items.map((e) => e.newPapers);
    expect(growth).toEqual([...growth].sort((a, b) => b - a));

    const born = c.communities.items.filter((k) => k.born).map((k) => k.id.replace("community:", ""));
    expect(born.sort()).toEqual(minus(communities2, communities1).map(String));
    for (const k of c.communities.items)
      expect(k.born || k.newPapers > 0 || k.splitFrom.length + k.mergedFrom.length > 0).toBe(true);

    const none = await changes(`&since=${second.snapshot}`);
    expect(none.newPapers.total + none.newEntities.total + none.grownEntities.total).toBe(0);
    const all = await changes(`&since=${first.snapshot}`);
    expect(all.newPapers.total).toBe(newPapers.length);
  });

  it("paperkg diff prints the same changes as the API, and names an unknown snapshot", async () => {
    const env = neo4jEnv(conn);
    const json = await runCli(["diff", "--json", "--limit", "500"], { env });
    expect(json.code, json.stderr).toBe(0);
    // the same lists; the API adds the Cypher the explorer's "Cypher" button opens
    const { cypher, ...lists } = await changes();
    expect(cypher?.query).toContain("firstSeen > $seq");
    expect(Changes.parse(JSON.parse(json.stdout))).toEqual(lists);
    const text = await runCli(["diff"], { env });
    expect(text.stdout).toMatch(/^changes since s1 .* up to s2 /);
    expect(text.stdout).toMatch(/\nnew papers: \d+\n/);
    const unknown = await runCli(["diff", "--since", "s99"], { env });
    expect(unknown.code).not.toBe(0);
    expect(unknown.stderr).toMatch(/no snapshot "s99"/);
  });

  it("answers 404 for an unknown snapshot and 400 for a malformed one", async () => {
    expect((await fetch(`${server.url}/api/changes?since=s999`)).status).toBe(404);
    expect((await fetch(`${server.url}/api/changes?since=yesterday`)).status).toBe(400);
  });
});
