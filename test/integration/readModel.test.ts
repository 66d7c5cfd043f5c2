import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type GraphPayload, MEMBER_KINDS, normalizeTitle } from "@paperkg/core";
import { runIngest } from "@paperkg/pipeline";
import {
  type GraphFilter,
  loadReadModel,
  modelGraph,
  modelNeighbors,
  modelNodeDetail,
  modelNodePapers,
  modelSearch,
  modelSharedBenchmarks,
  openDriver,
  type PaperCursor,
  type ReadModel,
  readGraph,
  readModelSignature,
  readNeighbors,
  readNodeDetail,
  readNodePapers,
  readSharedBenchmarks,
  runCypher,
  searchNodes,
} from "@paperkg/store";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { startTestServer } from "../helpers/startTestServer.ts";
import { wipeDatabase } from "../helpers/wipeDatabase.ts";

/** A graph answer with its links as a sorted list (Neo4j returns links in no particular order). */
const canonical = (g: GraphPayload | null) =>
  g && { ...g, edges: [...g.edges].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)) };

/**
 * The read model answers as Neo4j does: on the samples graph, every node's neighbours (one and
 * two hops, with and without a type filter), detail, paper pages and shared benchmarks, and the
 * map under its filters, are the Cypher reads' answers; a new ingest changes the signature and
 * a reloaded model holds the new papers.
 */
describe("read model: the same answers as the Cypher reads", () => {
  const conn = inject("neo4j");
  let driver: Driver;
  let model: ReadModel;
  let papers: string[];
  let entities: string[];
  const cypher = async (query: string) =>
    (await runCypher(driver, query, {}, { database: conn.database })).rows;
  const ids = async (query: string) => (await cypher(query)).map((r) => String(r.id));

  beforeAll(async () => {
    driver = openDriver(conn);
    await wipeDatabase(driver, conn.database);
    await runIngest({ inputs: ["data/samples"], connection: conn });
    model = await loadReadModel(driver, conn.database);
    papers = await ids("MATCH (p:Paper) RETURN p.id AS id ORDER BY id");
    entities = await ids(
      "MATCH (e) WHERE e:Method OR e:Benchmark OR e:Model OR e:Task OR e:Concept RETURN e.id AS id ORDER BY id",
    );
  });
  afterAll(async () => {
    await driver?.close();
  });

  it("holds every paper and entity and every link", async () => {
    const [counts] = await cypher("MATCH (:Paper)-[r]->(e) WHERE NOT e:Community RETURN count(r) AS links");
    expect(papers.length).toBeGreaterThan(200);
    expect(model.ids.length).toBe(papers.length + entities.length);
    expect(model.outTarget.length).toBe(Number(counts!.links));
  });

  it("answers neighbours as readNeighbors does, for every node", async () => {
    const every = [...papers, ...entities];
    const cases: { depth: 1 | 2; types: (typeof MEMBER_KINDS)[number][]; limit: number }[] = [
      { depth: 1, types: [], limit: 500 },
      { depth: 1, types: [], limit: 5 },
      { depth: 2, types: [], limit: 50 },
      { depth: 2, types: ["benchmark", "paper"], limit: 20 },
      { depth: 1, types: ["method"], limit: 500 },
    ];
    let compared = 0;
    for (const options of cases) {
      // A sample (each is a Cypher read): every eighth node for one hop, every 25th for two.
      const sample = every.filter((_, i) => i % (options.depth === 2 ? 25 : 8) === 0);
      for (const id of sample) {
        const expected = canonical(await readNeighbors(driver, conn.database, id, options));
        expect(canonical(modelNeighbors(model, id, options)), `${id} ${JSON.stringify(options)}`).toEqual(
          expected,
        );
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(300);
  });

  it("answers node details and paper pages as the Cypher reads do", async () => {
    let evidence = 0;
    for (const id of [...papers.filter((_, i) => i % 3 === 0), ...entities.filter((_, i) => i % 8 === 0)]) {
      const expected = await readNodeDetail(driver, conn.database, id, { limit: 3 });
      expect(modelNodeDetail(model, id, { limit: 3 }), id).toEqual(expected);
      evidence += expected!.entities.reduce((n, e) => n + e.link.evidence.length, 0);
    }
    expect(evidence).toBeGreaterThan(100);
    // Evidence sentences are slices of the paper's title or abstract: kept as offsets, not strings.
    expect(model.text!.strings.length).toBeLessThan(model.text!.evField.length / 100);
    // Page through the five entities with most papers, two papers at a time.
    const top = await ids(
      "MATCH (e)<-[r]-(:Paper) WHERE NOT e:Community RETURN e.id AS id, count(r) AS n ORDER BY n DESC, id LIMIT 5",
    );
    for (const id of top) {
      let after: PaperCursor | null = null;
      let pages = 0;
      for (;;) {
        const expected = await readNodePapers(driver, conn.database, id, { limit: 2, after });
        const got = modelNodePapers(model, id, { limit: 2, after });
        expect(got, `${id} page ${pages}`).toEqual(expected);
        pages++;
        if (!expected?.nextCursor) break;
        const decoded = Buffer.from(expected.nextCursor, "base64url").toString("utf8").split("\n");
        after = { published: decoded[0]!, id: decoded[1]! };
      }
      expect(pages).toBeGreaterThan(2);
    }
  });

  it("searches at least as well as the full-text indexes: exact titles first, names through a typo", async () => {
    const titles = (await cypher("MATCH (p:Paper) RETURN p.id AS id, p.title AS title ORDER BY id")) as {
      id: string;
      title: string;
    }[];
    // A paper searched by its title comes first (or a node named the same, case and punctuation aside).
    const first = (results: { label: string }[], title: string) =>
      results[0] !== undefined && normalizeTitle(results[0].label) === normalizeTitle(title);
    let model1 = 0;
    let neo1 = 0;
    for (const { title } of titles) {
      if (first(modelSearch(model, title, 10)!.results, title)) model1++;
      if (first((await searchNodes(driver, conn.database, title, 10)).results, title)) neo1++;
    }
    expect(model1).toBe(titles.length);
    expect(model1).toBeGreaterThanOrEqual(neo1);
    // An entity name of one long word with a letter dropped is found in the first ten.
    const names = (
      (await cypher(
        "MATCH (e) WHERE (e:Method OR e:Benchmark OR e:Model) AND size(e.name) >= 6 AND NOT e.name CONTAINS ' ' RETURN e.id AS id, e.name AS name ORDER BY id",
      )) as { id: string; name: string }[]
    ).filter(({ name }) => /^[A-Za-z]+$/.test(name));
    expect(names.length).toBeGreaterThan(10);
    let modelTypo = 0;
    let neoTypo = 0;
    for (const { id, name } of names) {
      const typo = name.slice(0, 3) + name.slice(4);
      if (modelSearch(model, typo, 10)!.results.some((r) => r.id === id)) modelTypo++;
      if ((await searchNodes(driver, conn.database, typo, 10)).results.some((r) => r.id === id)) neoTypo++;
    }
    expect(modelTypo).toBeGreaterThanOrEqual(neoTypo);
    expect(modelTypo).toBeGreaterThan(names.length * 0.9);
    expect(modelSearch(model, "GSM8K", 5)!.results[0]?.id).toBe("benchmark:gsm8k");
  });

  it("ranks shared benchmarks as readSharedBenchmarks does", async () => {
    let nonEmpty = 0;
    for (const id of papers.filter((_, i) => i % 2 === 0)) {
      const expected = await readSharedBenchmarks(driver, conn.database, id, 100);
      expect(modelSharedBenchmarks(model, id, 100), id).toEqual(expected);
      if (expected?.papers.length) nonEmpty++;
    }
    expect(nonEmpty).toBeGreaterThan(10);
  });

  it("draws the default map as readGraph does, under each filter", async () => {
    const base: GraphFilter = {
      view: "bipartite",
      types: [...MEMBER_KINDS],
      community: null,
      area: null,
      links: 6,
      from: null,
      to: null,
      minDegree: 0,
      limit: 5000,
    };
    const [community] = await cypher("MATCH (c:Community) RETURN c.id AS id ORDER BY c.size DESC LIMIT 1");
    const filters: Partial<GraphFilter>[] = [
      {},
      { limit: 100 },
      { types: ["paper", "benchmark"] },
      { community: Number(community!.id) },
      { minDegree: 3 },
      { from: "2025-03-01", to: "2025-06-30" },
    ];
    for (const f of filters) {
      const filter = { ...base, ...f };
      const expected = canonical(await readGraph(driver, conn.database, filter));
      expect(expected!.nodes.length).toBeGreaterThan(0);
      expect(canonical(modelGraph(model, filter)), JSON.stringify(f)).toEqual(expected);
    }
  });

  it("sees an ingest in its signature, and a reloaded model holds the new papers", async () => {
    const before = await readModelSignature(driver, conn.database);
    expect(await readModelSignature(driver, conn.database)).toBe(before);
    // A server checking every 200 ms: its memoised benchmark list must follow the ingest.
    const server = await startTestServer(conn, { readModel: true, readModelPollMs: 200 });
    await server.readModelLoaded();
    const gsm8k = async () =>
      ((await server.get("/api/benchmarks")).body.benchmarks as { id: string; paperCount: number }[]).find(
        (b) => b.id === "benchmark:gsm8k",
      )?.paperCount;
    const countBefore = await gsm8k();
    expect(countBefore).toBeGreaterThan(0);
    const dir = mkdtempSync(join(tmpdir(), "paperkg-model-"));
    try {
      const file = join(dir, "more.jsonl");
      writeFileSync(
        file,
        `${JSON.stringify({
          id: "2599.00001",
          title: "A Read Model Paper on GSM8K",
          abstract: "We evaluate chain-of-thought prompting on GSM8K and MATH with Qwen2.5-7B.",
        })}\n`,
      );
      await runIngest({ inputs: [file], connection: conn });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(await readModelSignature(driver, conn.database)).not.toBe(before);
    const reloaded = await loadReadModel(driver, conn.database);
    expect(reloaded.index.has("2599.00001")).toBe(true);
    expect(model.index.has("2599.00001")).toBe(false);
    const id = "benchmark:gsm8k";
    expect(canonical(modelNeighbors(reloaded, id, { depth: 1, types: [], limit: 500 }))).toEqual(
      canonical(await readNeighbors(driver, conn.database, id, { depth: 1, types: [], limit: 500 })),
    );
    try {
      let seen = countBefore;
      for (let tries = 0; tries < 300 && seen === countBefore; tries++) {
        await new Promise((r) => setTimeout(r, 200));
        seen = await gsm8k();
      }
      expect(seen).toBe(countBefore! + 1);
      const neighbours = (await server.get("/api/nodes/benchmark%3Agsm8k/neighbors?limit=500")).body;
      expect((neighbours.nodes as { key: string }[]).map((n) => n.key)).toContain("2599.00001");
    } finally {
      await server.close();
    }
  });

  it("serves the same answers through the server with the read model on", async () => {
    const on = await startTestServer(conn, { readModel: true });
    const off = await startTestServer(conn);
    try {
      await on.readModelLoaded();
      const paths = [
        "/api/nodes/benchmark%3Agsm8k",
        "/api/nodes/benchmark%3Agsm8k/neighbors?depth=2&limit=30",
        `/api/nodes/${encodeURIComponent(papers[0]!)}`,
        `/api/papers/${encodeURIComponent(papers[0]!)}/shared-benchmarks`,
        "/api/nodes/benchmark%3Ano-such-thing",
        "/api/graph?view=communities",
        "/api/graph?view=communities",
        "/api/graph?types=paper,benchmark&limit=300",
        "/api/communities",
        "/api/benchmarks",
        "/api/benchmarks",
      ];
      for (const path of paths) {
        const [a, b] = await Promise.all([on.get(path), off.get(path)]);
        expect(a.status, path).toBe(b.status);
        const body = (x: Record<string, unknown>) =>
          "edges" in x ? canonical(x as unknown as GraphPayload) : x;
        expect(body(a.body), path).toEqual(body(b.body));
      }
    } finally {
      await on.close();
      await off.close();
    }
  });

  it("tells an emptied database ingested again from the graph it had (same counts, snapshot s1 again)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "paperkg-model-"));
    try {
      const file = join(dir, "one.jsonl");
      writeFileSync(
        file,
        `${JSON.stringify({ id: "2599.00002", title: "One Paper on GSM8K", abstract: "We evaluate Qwen2.5-7B on GSM8K." })}\n`,
      );
      const signatures: string[] = [];
      for (let round = 0; round < 2; round++) {
        await wipeDatabase(driver, conn.database);
        await runIngest({ inputs: [file], connection: conn });
        signatures.push(await readModelSignature(driver, conn.database));
      }
      // the same counts and snapshot id both times: only the snapshot's nonce tells them apart
      const counts = (s: string) => s.split("|").slice(1).join("|");
      expect(counts(signatures[1]!)).toBe(counts(signatures[0]!));
      expect(signatures[1]!.split(":")[0]).toBe(signatures[0]!.split(":")[0]);
      expect(signatures[1]).not.toBe(signatures[0]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
