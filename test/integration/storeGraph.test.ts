import { type Extraction, type GraphAnalytics, PAPER_LINKS } from "@paperkg/core";
import { buildSnapshot, computeAnalytics } from "@paperkg/graph";
import {
  contentFingerprint,
  ensureSchema,
  graphFingerprint,
  openDriver,
  readPlacements,
  runCypher,
  sortGroups,
  writeAnalytics,
  writeSnapshot,
} from "@paperkg/store";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from "vitest";
import { SMALL_EXTRACTIONS, SMALL_PAPERS } from "../fixtures/graph/smallCorpus.ts";
import { wipeDatabase } from "../helpers/wipeDatabase.ts";

const SHARED_BENCHMARK_QUERY = `
MATCH (p:Paper)-[:EVALUATES_ON]->(b:Benchmark)<-[:EVALUATES_ON]-(q:Paper) WHERE p.id < q.id
RETURN b.name AS benchmark, p.title AS a, q.title AS b ORDER BY benchmark, a, b`;

describe("store + graph against the real Neo4j", () => {
  const conn = inject("neo4j");
  const database = conn.database;
  let driver: Driver;

  async function load(papers = SMALL_PAPERS, extractions: Extraction[] = SMALL_EXTRACTIONS) {
    const { snapshot, diagnostics } = buildSnapshot(papers, extractions);
    await ensureSchema(driver, database);
    await writeSnapshot(driver, snapshot, { database, batchSize: 2 });
    const analytics = computeAnalytics(snapshot);
    await writeAnalytics(driver, snapshot, analytics, { database, batchSize: 2 });
    return { snapshot, analytics, diagnostics };
  }

  beforeAll(() => {
    driver = openDriver(conn);
  });
  beforeEach(async () => {
    await wipeDatabase(driver, database);
  });
  afterAll(async () => {
    await wipeDatabase(driver, database);
    await driver.close();
  });

  it("ensureSchema creates a constraint and indexes that went missing, and leaves the rest as they are", async () => {
    await ensureSchema(driver, database);
    const names = async () => {
      const indexes = await driver.executeQuery("SHOW INDEXES YIELD name, state", {}, { database });
      return new Map(indexes.records.map((r) => [r.get("name") as string, r.get("state") as string]));
    };
    const before = await names();
    for (const name of ["paper_id", "paper_published", "paper_text"])
      expect(before.get(name), name).toBe("ONLINE");
    await driver.executeQuery("DROP CONSTRAINT paper_id", {}, { database });
    await driver.executeQuery("DROP INDEX paper_published", {}, { database });
    await driver.executeQuery("DROP INDEX paper_text", {}, { database });
    expect((await names()).has("paper_text")).toBe(false);
    await ensureSchema(driver, database);
    expect(await names()).toEqual(before);
    const constraints = await driver.executeQuery("SHOW CONSTRAINTS YIELD name", {}, { database });
    expect(constraints.records.map((r) => r.get("name"))).toContain("paper_id");
    await ensureSchema(driver, database);
    expect(await names()).toEqual(before);
  });

  it("answers the 'papers sharing a benchmark' query with the pairs of the fixture", async () => {
    await load();
    const res = await runCypher(driver, SHARED_BENCHMARK_QUERY, {}, { database });
    expect(res.rows).toEqual([
      { benchmark: "GSM8K", a: "Group policy optimisation for maths", b: "PPO revisited" },
      { benchmark: "HumanEval", a: "Math and code", b: "Code generation at scale" },
      { benchmark: "MATH", a: "Group policy optimisation for maths", b: "Math and code" },
    ]);
  });

  it("stores evidence, spans, stated results and the model family on the right relationships", async () => {
    await load();
    const res = await runCypher(
      driver,
      `MATCH (p:Paper {id: 'p1'})-[r:EVALUATES_ON]->(b:Benchmark {id: 'benchmark:gsm8k'})
       MATCH (p)-[:USES_MODEL]->(m:Model)
       RETURN r.evidence AS evidence, r.spans AS spans, r.metric AS metric, r.value AS value, m.family AS family`,
      {},
      { database },
    );
    const p1 = SMALL_PAPERS[0]!;
    const start = p1.abstract.indexOf("GSM8K");
    expect(res.rows).toEqual([
      {
        evidence: [p1.abstract],
        spans: [`abstract:${start}-${start + 5}`],
        metric: "accuracy",
        value: "80%",
        family: "Qwen2.5",
      },
    ]);
  });

  it("gives every node a community, a position and a rank, and links it to its Community", async () => {
    const { analytics } = await load();
    const missing = await runCypher(
      driver,
      "MATCH (n) WHERE NOT n:Community AND NOT n:Area AND NOT n:Snapshot AND (n.community IS NULL OR n.x IS NULL OR n.y IS NULL OR n.pagerank IS NULL OR NOT (n)-[:IN_COMMUNITY]->(:Community {id: n.community})) RETURN count(n) AS n",
      {},
      { database },
    );
    expect(missing.rows[0]?.n).toBe(0);
    const communities = await runCypher(driver, "MATCH (c:Community) RETURN count(c) AS n", {}, { database });
    expect(communities.rows[0]?.n).toBe(analytics.communities.length);
    const papersWithoutLinks = await runCypher(
      driver,
      `MATCH (p:Paper) WHERE NOT (p)-[:${PAPER_LINKS}]->() RETURN count(p) AS n`,
      {},
      { database },
    );
    expect(papersWithoutLinks.rows[0]?.n).toBe(0);
  });

  it("is idempotent: loading the same input twice changes nothing", async () => {
    await load();
    const first = await graphFingerprint(driver, database);
    await load();
    expect(await graphFingerprint(driver, database)).toEqual(first);
  });

  it("loading A and then A+B equals loading A+B at once, and a removed link disappears", async () => {
    await load(SMALL_PAPERS.slice(0, 2), SMALL_EXTRACTIONS.slice(0, 2));
    await load();
    const stepwise = await graphFingerprint(driver, database);
    await wipeDatabase(driver, database);
    await load();
    expect(await graphFingerprint(driver, database)).toEqual(stepwise);

    const withoutPpo = SMALL_EXTRACTIONS.map((e) =>
      e.paper.id === "p2" ? { ...e, entities: e.entities.filter((x) => x.id !== "method:ppo") } : e,
    );
    await load(SMALL_PAPERS, withoutPpo);
    const ppo = await runCypher(
      driver,
      "MATCH (m:Method {id: 'method:ppo'}) RETURN count(m) AS n",
      {},
      { database },
    );
    expect(ppo.rows[0]?.n).toBe(0);
  });

  it("given the papers stored unchanged, deletes an entity only a rewritten paper linked to, and leaves the graph a fresh write gives", async () => {
    await load();
    const withoutPpo = SMALL_EXTRACTIONS.map((e) =>
      e.paper.id === "p2" ? { ...e, entities: e.entities.filter((x) => x.id !== "method:ppo") } : e,
    );
    const { snapshot } = buildSnapshot(SMALL_PAPERS, withoutPpo);
    const written = await writeSnapshot(driver, snapshot, {
      database,
      batchSize: 2,
      unchangedPapers: new Set(["p1", "p3", "p4"]),
    });
    expect(written.changed.papers).toBe(1);
    const ppo = await runCypher(
      driver,
      "MATCH (m:Method {id: 'method:ppo'}) RETURN count(m) AS n",
      {},
      { database },
    );
    expect(ppo.rows[0]?.n).toBe(0);
    const incremental = await contentFingerprint(driver, database);
    await wipeDatabase(driver, database);
    await ensureSchema(driver, database);
    await writeSnapshot(driver, snapshot, { database, batchSize: 2 });
    expect(incremental).toEqual(await contentFingerprint(driver, database));
  });

  it("given every paper as stored, rewrites one whose write was cut short with the entities only it links to, and compares the rest", async () => {
    const { snapshot } = await load();
    const fresh = await contentFingerprint(driver, database);
    // p2's write cut short: no hash, no links yet, and the entities only it links to gone
    const cut =
      "MATCH (p:Paper {id: 'p2'}) REMOVE p.contentHash WITH p MATCH (p)-[r]->(e) WHERE type(r) <> 'IN_COMMUNITY' DELETE r";
    await driver.executeQuery(cut, {}, { database });
    const deleted = await driver.executeQuery(
      "MATCH (e) WHERE (e:Method OR e:Benchmark OR e:Model OR e:Task OR e:Concept) AND NOT (:Paper)-->(e) DETACH DELETE e RETURN count(*) AS n",
      {},
      { database },
    );
    const orphans = Number(deleted.records[0]?.get("n"));
    expect(orphans).toBeGreaterThan(0);
    const written = await writeSnapshot(driver, snapshot, {
      database,
      batchSize: 2,
      unchangedPapers: new Set(snapshot.papers.map((p) => p.id)),
    });
    expect(written.changed.papers).toBe(1);
    // the deleted entities come back; the ones p2 shares with stored papers are compared, not rewritten
    expect(written.changed.entities).toBe(orphans);
    expect(await contentFingerprint(driver, database)).toEqual(fresh);
  });

  it("rejects an entity of unknown type or with a bad span, with a diagnostic, and writes the rest", async () => {
    const bad = structuredClone(SMALL_EXTRACTIONS);
    (bad[1]!.entities[0] as { type: string }).type = "gadget";
    bad[2]!.entities[0]!.mentions[0]!.start += 1;
    const { diagnostics } = await load(SMALL_PAPERS, bad);
    expect(diagnostics.map((d) => d.code)).toEqual(["BAD_EXTRACTION", "BAD_EXTRACTION"]);
    const res = await runCypher(
      driver,
      "MATCH (p:Paper)-[r]->(e) WHERE p.id IN ['p2', 'p3'] AND NOT type(r) = 'IN_COMMUNITY' RETURN p.id AS p, e.id AS e ORDER BY p, e",
      {},
      { database },
    );
    expect(res.rows).toEqual([
      { p: "p2", e: "benchmark:gsm8k" },
      { p: "p3", e: "benchmark:humaneval" },
    ]);
  });

  it("stores areas, each community's area, the link candidates between them and hub flags", async () => {
    const { analytics } = await load();
    const rows = async (q: string) => (await runCypher(driver, q, {}, { database })).rows;
    const [areas] = await rows("MATCH (a:Area) RETURN count(a) AS n");
    expect(areas?.n).toBe(analytics.areas.length);
    const [orphans] = await rows(
      "MATCH (c:Community) WHERE NOT EXISTS { MATCH (a:Area) WHERE a.id = c.area } RETURN count(c) AS n",
    );
    expect(orphans?.n).toBe(0);
    const [links] = await rows("MATCH (:Community)-[r:LINKS]->(:Community) RETURN count(r) AS n");
    expect(links?.n).toBe(analytics.communityLinks.length);
    const hubs = await rows("MATCH (n) WHERE n.hub RETURN n.id AS id ORDER BY id");
    expect(hubs.map((r) => r.id)).toEqual(
      analytics.placements
        .filter((p) => p.hub)
        .map((p) => p.id)
        .sort(),
    );
    const [unflagged] = await rows(
      "MATCH (n) WHERE (n:Paper OR n:Concept) AND n.hub IS NULL RETURN count(n) AS n",
    );
    expect(unflagged?.n).toBe(0);
    // A second run replaces the links rather than adding to them.
    await load();
    const [again] = await rows("MATCH (:Community)-[r:LINKS]->(:Community) RETURN count(r) AS n");
    expect(again?.n).toBe(analytics.communityLinks.length);
  });

  it("given the stored groups, writes only community and area rows and links that differ: changed ones rewritten, gone ones deleted, untouched ones left as they are", async () => {
    const community = (id: number, size: number) => ({
      id,
      label: `community ${id}`,
      size,
      papers: 1,
      topTerms: [`term ${id}`],
      area: 1,
      x: id,
      y: -id,
    });
    const link = (source: number, target: number, weight: number) => ({
      source,
      target,
      weight,
      strength: weight / 2,
    });
    const area = {
      id: 1,
      label: "area",
      size: 9,
      papers: 3,
      topTerms: ["a"],
      communities: 4,
      x: 0.5,
      y: 1.25,
    };
    const none = { papers: [], entities: [], links: [] };
    const before: GraphAnalytics = {
      placements: [],
      communities: [1, 2, 3, 4, 5].map((id) => community(id, 3)),
      areas: [area],
      communityLinks: [link(1, 2, 1), link(1, 3, 1), link(2, 3, 1), link(4, 5, 1)],
      areaLinks: [],
      modularity: 0,
    };
    await writeAnalytics(driver, none, before, { database, batchSize: 2 });
    expect((await readPlacements(driver, database)).groups).toEqual(sortGroups(before));
    // what the database holds beyond `stored` shows which rows a write touched
    await driver.executeQuery("MATCH (c:Community {id: 2}) SET c.label = 'untouched'", {}, { database });
    await driver.executeQuery(
      "MATCH (:Community {id: 2})-[r:LINKS]->(:Community {id: 3}) SET r.weight = 99.0",
      {},
      { database },
    );
    const after: GraphAnalytics = {
      ...before,
      // 1 grew, 5 is gone; (1,2) weighs more, (1,3) and (4,5) are gone, (3,4) is new
      communities: [community(1, 4), community(2, 3), community(3, 3), community(4, 3)],
      communityLinks: [link(1, 2, 2), link(2, 3, 1), link(3, 4, 1)],
    };
    await writeAnalytics(driver, none, after, { database, batchSize: 2, stored: before });
    const written = (await readPlacements(driver, database)).groups;
    expect(written.communities).toEqual([
      community(1, 4),
      { ...community(2, 3), label: "untouched" },
      community(3, 3),
      community(4, 3),
    ]);
    expect(written.communityLinks).toEqual([link(1, 2, 2), { ...link(2, 3, 1), weight: 99 }, link(3, 4, 1)]);
    expect(written.areas).toEqual([area]);
    // without `stored`, everything is written afresh
    await writeAnalytics(driver, none, after, { database, batchSize: 2 });
    expect((await readPlacements(driver, database)).groups).toEqual(sortGroups(after));
  });

  it("finds the same communities and labels on every run", () => {
    const { snapshot } = buildSnapshot(SMALL_PAPERS, SMALL_EXTRACTIONS);
    const a = computeAnalytics(snapshot);
    const b = computeAnalytics(structuredClone(snapshot));
    expect(b).toEqual(a);
    expect(a.communities.every((c) => c.label.length > 0)).toBe(true);
  });
});
