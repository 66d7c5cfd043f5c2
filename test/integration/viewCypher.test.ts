import {
  BenchmarkList,
  BenchmarkPapers,
  Changes,
  CommunityList,
  CypherResponse,
  communityKey,
  FinderResult,
  GraphPayload,
  Leaderboard,
  LinkResult,
  NodeDetail,
  NodePapers,
  PathResult,
  RelatedPapers,
  Rising,
  SearchResult,
  SharedBenchmarks,
  Trends,
  type ViewCypher,
} from "@paperkg/core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { z } from "zod";
import { serveIngested } from "../helpers/serveIngested.ts";
import { startTestServer, type TestServer } from "../helpers/startTestServer.ts";

/**
 * Every answer the app shows carries its Cypher; run through `POST /api/cypher` (the read-only
 * plan guard included) it gives the same node ids, and for tables the same rows in the same order.
 */
describe("View ⇄ Cypher round trip over the samples", () => {
  const graph = serveIngested(["data/samples", "test/fixtures/leaderboard/results.jsonl"]);
  const sorted = (ids: Iterable<string>) => [...new Set(ids)].sort();

  /** A second server that answers from its in-memory read model (loaded before the tests run). */
  let modelServer: TestServer;
  beforeAll(async () => {
    modelServer = await startTestServer(inject("neo4j"), { readModel: true });
    await modelServer.readModelLoaded();
  });
  afterAll(async () => modelServer?.close());

  const get = async <T>(
    schema: z.ZodType<T>,
    path: string,
    server: Pick<TestServer, "get"> = graph,
  ): Promise<T & { cypher?: ViewCypher }> => {
    const { status, body } = await server.get(path);
    expect(status, `${path}: ${JSON.stringify(body)}`).toBe(200);
    return schema.parse(body) as T & { cypher?: ViewCypher };
  };
  /** The view's Cypher as the web console sends it. */
  const roundTrip = async (cypher: ViewCypher | undefined) => {
    expect(cypher, "the answer carries its Cypher").toBeDefined();
    const res = await fetch(`${graph.server.url}/api/cypher`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(cypher),
    });
    const body = await res.json();
    expect(res.status, `${cypher!.query}\n${JSON.stringify(body)}`).toBe(200);
    const result = CypherResponse.parse(body);
    expect(result.truncated).toBe(false);
    return result;
  };
  const cypherIds = (r: CypherResponse) => sorted(r.graph.nodes.map((n) => n.id));
  const rowIds = (r: CypherResponse, column: string) =>
    r.rows.map((row) => (row[column] as { id: string }).id);
  const pairs = (edges: { source: string; target: string }[]) =>
    sorted(edges.map((e) => [e.source, e.target].sort().join(" ")));
  const value = async (query: string) => (await graph.cypher<{ v: unknown }>(query))[0]?.v;

  /** A map view: same node ids; the stored links among them too when `links` says so. */
  const checkGraph = async (
    path: string,
    links: "same" | "superset" | "none",
    server: Pick<TestServer, "get"> = graph,
  ) => {
    const view = await get(GraphPayload, path, server);
    const result = await roundTrip(view.cypher);
    expect(cypherIds(result), path).toEqual(sorted(view.nodes.map((n) => n.key)));
    if (links === "same") expect(pairs(result.graph.edges)).toEqual(pairs(view.edges));
    if (links === "superset")
      expect(pairs(result.graph.edges)).toEqual(expect.arrayContaining(pairs(view.edges)));
    return view;
  };

  it("map views: bipartite, papers, entities, each filter, truncated by limit", async () => {
    const community = Number(
      await value("MATCH (p:Paper) RETURN p.community AS v ORDER BY p.pagerank DESC LIMIT 1"),
    );
    const cases: [string, "same" | "none"][] = [
      ["/api/graph", "same"],
      ["/api/graph?limit=40", "same"],
      ["/api/graph?types=paper,benchmark&limit=300", "same"],
      ["/api/graph?types=benchmark,method", "same"],
      [`/api/graph?community=${community}`, "same"],
      ["/api/graph?minDegree=3", "same"],
      ["/api/graph?types=paper&from=2025-06&to=2025-12", "same"],
      ["/api/graph?from=2025&to=2025-09-15&minDegree=2&limit=200", "same"],
      ["/api/graph?view=papers&limit=100", "none"],
      ["/api/graph?view=entities&types=method,task,concept&limit=150", "none"],
    ];
    for (const [path, links] of cases) {
      const view = await checkGraph(path, links);
      expect(view.nodes.length, path).toBeGreaterThan(0);
    }
    const few = await get(GraphPayload, "/api/graph?limit=40");
    expect(few.attributes.truncated).toBe(true);
    expect(few.cypher?.params).toEqual({ limit: 40 });

    // The view exports by its Cypher, parameters and all.
    const res = await fetch(`${graph.server.url}/api/export`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ format: "json", selector: { type: "cypher", ...few.cypher } }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("x-paperkg-nodes")).toBe(String(few.nodes.length));
    expect(res.headers.get("x-paperkg-edges")).toBe(String(few.edges.length));
  });

  it("the communities view, whole and one area", async () => {
    const all = await checkGraph("/api/graph?view=communities", "superset");
    expect(all.nodes.every((n) => n.attributes.kind === "community")).toBe(true);
    await checkGraph("/api/graph?view=communities&limit=5", "superset");
    const area = await value(
      "MATCH (c:Community) WHERE c.area IS NOT NULL WITH c.area AS v, count(*) AS n RETURN v ORDER BY n DESC, v LIMIT 1",
    );
    if (area !== undefined) await checkGraph(`/api/graph?view=communities&area=${area}`, "superset");
  });

  it("the areas view: the same area:<n> nodes and the links it draws among them", async () => {
    const areas = await checkGraph("/api/graph?view=areas", "superset");
    expect(areas.nodes.length).toBeGreaterThan(1);
    expect(areas.nodes.every((n) => n.attributes.kind === "area" && n.key.startsWith("area:"))).toBe(true);
  });

  it("neighbourhoods: a paper (1 and 2 hops, by type), an entity, a hub cut by limit", async () => {
    const paper = String(
      await value("MATCH (p:Paper) RETURN p.id AS v ORDER BY p.pagerank DESC, p.id LIMIT 1"),
    );
    const hub = String(
      await value("MATCH (e:Concept|Method) RETURN e.id AS v ORDER BY e.paperCount DESC, e.id LIMIT 1"),
    );
    const cases = [
      `/api/nodes/${encodeURIComponent(paper)}/neighbors`,
      `/api/nodes/${encodeURIComponent(paper)}/neighbors?depth=2&limit=60`,
      `/api/nodes/${encodeURIComponent(paper)}/neighbors?depth=2&types=benchmark,paper`,
      `/api/nodes/${encodeURIComponent(hub)}/neighbors`,
      `/api/nodes/${encodeURIComponent(hub)}/neighbors?limit=5`,
      `/api/nodes/${encodeURIComponent(hub)}/neighbors?types=method`,
    ];
    for (const path of cases) await checkGraph(path, "same");
    const cut = await get(GraphPayload, `/api/nodes/${encodeURIComponent(hub)}/neighbors?limit=5`);
    expect(cut.nodes).toHaveLength(6);
  });

  it("a benchmark's papers and the papers sharing a benchmark: same ids, same rows", async () => {
    const papers = await get(BenchmarkPapers, "/api/benchmarks/benchmark%3Agsm8k/papers");
    const result = await roundTrip(papers.cypher);
    expect(rowIds(result, "p")).toEqual(papers.papers.map((p) => p.id));
    expect(cypherIds(result)).toEqual(sorted([papers.benchmark.id, ...papers.papers.map((p) => p.id)]));

    const paper = papers.papers[0]!.id;
    const shared = await get(
      SharedBenchmarks,
      `/api/papers/${encodeURIComponent(paper)}/shared-benchmarks?limit=8`,
    );
    expect(shared.papers.length).toBeGreaterThan(0);
    const sharedResult = await roundTrip(shared.cypher);
    expect(rowIds(sharedResult, "q")).toEqual(shared.papers.map((p) => p.id));
    expect(cypherIds(sharedResult)).toEqual(
      sorted([paper, ...shared.papers.flatMap((p) => [p.id, ...p.shared.map((b) => b.id)])]),
    );
  });

  it("node panels' lists: a paper's entities, an entity's first page of papers, related papers", async () => {
    const paper = String(
      await value("MATCH (p:Paper) RETURN p.id AS v ORDER BY COUNT { (p)-->() } DESC, p.id LIMIT 1"),
    );
    const detail = await get(NodeDetail, `/api/nodes/${encodeURIComponent(paper)}`);
    expect(detail.entities.length).toBeGreaterThan(3);
    const entities = await roundTrip(detail.cypher);
    expect(rowIds(entities, "e")).toEqual(detail.entities.map((e) => e.id));
    expect(cypherIds(entities)).toEqual(sorted([paper, ...detail.entities.map((e) => e.id)]));

    const gsm8k = await get(NodeDetail, "/api/nodes/benchmark%3Agsm8k?limit=5");
    expect(gsm8k.papers).toHaveLength(5);
    const papers = await roundTrip(gsm8k.cypher);
    expect(rowIds(papers, "p")).toEqual(gsm8k.papers.map((p) => p.id));
    // the next pages, through the cursor: each page's Cypher gives that page's papers, in order
    let cursor = gsm8k.nextCursor;
    const seen = gsm8k.papers.map((p) => p.id);
    for (let i = 0; i < 2 && cursor !== null; i++) {
      const page = await get(NodePapers, `/api/nodes/benchmark%3Agsm8k/papers?limit=5&cursor=${cursor}`);
      expect(page.papers.length).toBeGreaterThan(0);
      expect(page.papers.some((p) => seen.includes(p.id))).toBe(false);
      expect(rowIds(await roundTrip(page.cypher), "p")).toEqual(page.papers.map((p) => p.id));
      seen.push(...page.papers.map((p) => p.id));
      cursor = page.nextCursor;
    }
    expect(seen.length).toBeGreaterThan(10);

    const related = await get(RelatedPapers, `/api/papers/${encodeURIComponent(paper)}/related?limit=7`);
    expect(related.papers).toHaveLength(7);
    const relatedResult = await roundTrip(related.cypher);
    expect(rowIds(relatedResult, "q")).toEqual(related.papers.map((p) => p.id));
    expect(cypherIds(relatedResult)).toEqual(
      sorted([paper, ...related.papers.flatMap((p) => [p.id, ...p.shared.map((e) => e.id)])]),
    );
  });

  it("a path between a paper and a benchmark", async () => {
    const from = String(
      await value(
        "MATCH (b:Benchmark {id: 'benchmark:gsm8k'})<--(:Paper)-->(:Task)<--(p:Paper) WHERE NOT (p)-->(b) RETURN p.id AS v ORDER BY p.id LIMIT 1",
      ),
    );
    const path = await get(
      PathResult,
      `/api/path?from=${encodeURIComponent(from)}&to=benchmark%3Agsm8k&limit=3`,
    );
    expect(path.paths.length).toBeGreaterThan(0);
    expect(path.paths[0]!.hops.length).toBeGreaterThan(1);
    const result = await roundTrip(path.cypher);
    expect(cypherIds(result)).toEqual(sorted(path.paths.flatMap((p) => p.nodes.map((n) => n.id))));
  });

  it("Finder pages: facets, community, dates, text, each sort, an offset", async () => {
    const community = Number(
      await value("MATCH (p:Paper) WITH p.community AS v, count(*) AS n RETURN v ORDER BY n DESC, v LIMIT 1"),
    );
    const cases = [
      "/api/papers",
      "/api/papers?benchmark=benchmark:gsm8k&sort=title",
      "/api/papers?benchmark=benchmark:gsm8k&model=model:qwen2.5-7b&sort=pagerank",
      `/api/papers?community=${community}&limit=4&offset=2`,
      "/api/papers?q=reasoning&to=2026",
      "/api/papers?q=language%20model&sort=title&limit=7",
    ];
    const none = await get(FinderResult, "/api/papers?q=%2A%2A%2A");
    expect(none.total).toBe(0);
    expect((await roundTrip(none.cypher)).rows).toEqual([]);
    for (const path of cases) {
      const found = await get(FinderResult, path);
      expect(found.papers.length, path).toBeGreaterThan(0);
      const result = await roundTrip(found.cypher);
      expect(rowIds(result, "p"), path).toEqual(found.papers.map((p) => p.id));
      expect(cypherIds(result)).toEqual(sorted(found.papers.map((p) => p.id)));
    }
  });

  it("a leaderboard: the same papers, and every ranked row in the links' stated results", async () => {
    const board = await get(Leaderboard, "/api/benchmarks/benchmark%3Agsm8k/leaderboard");
    const rows = [
      ...board.metrics.flatMap((m) => m.rows.map((r) => ({ ...r, metric: m.metric }))),
      ...board.improvements,
    ];
    expect(rows.length).toBeGreaterThan(3);
    const result = await roundTrip(board.cypher);
    expect(cypherIds(result)).toEqual(sorted([board.benchmark.id, ...rows.map((r) => r.paper.id)]));
    const stated = result.rows.flatMap((row) =>
      z
        .array(LinkResult)
        .parse(JSON.parse(String(row.results)))
        .filter((r) => r.number !== null)
        .map((r) => `${(row.p as { id: string }).id}|${r.metric}|${r.raw}|${r.number}`),
    );
    expect(stated.sort()).toEqual(rows.map((r) => `${r.paper.id}|${r.metric}|${r.raw}|${r.value}`).sort());
  });

  it("search: its Cypher finds the hits Neo4j answers; the read model's top hit for a name is among them", async () => {
    const title = String(
      await value("MATCH (p:Paper) RETURN p.title AS v ORDER BY p.pagerank DESC, p.id LIMIT 1"),
    );
    for (const q of ["reinforcement learning", "GSM8K", "reinforcment lerning", "diffusion", title]) {
      const path = `/api/search?q=${encodeURIComponent(q)}&limit=10`;
      const found = await get(SearchResult, path);
      expect(found.results.length, q).toBeGreaterThan(0);
      const result = await roundTrip(found.cypher);
      // the same hits; the API moves a hit named exactly as typed to the front
      expect(sorted(rowIds(result, "node")), q).toEqual(sorted(found.results.map((r) => r.id)));
      const fromModel = await get(SearchResult, path, modelServer);
      expect(fromModel.cypher, q).toEqual(found.cypher);
      if (q === "GSM8K" || q === title) expect(rowIds(result, "node"), q).toContain(fromModel.results[0]?.id);
    }
  });

  it("the communities and benchmarks lists: same rows in the same order", async () => {
    const communities = await get(CommunityList, "/api/communities");
    expect(communities.communities.length).toBeGreaterThan(3);
    expect(rowIds(await roundTrip(communities.cypher), "c")).toEqual(
      communities.communities.map((c) => communityKey(c.id)),
    );
    for (const path of ["/api/benchmarks", "/api/benchmarks?limit=7", "/api/benchmarks?q=QA&limit=5"]) {
      const list = await get(BenchmarkList, path);
      expect(list.benchmarks.length, path).toBeGreaterThan(0);
      expect(rowIds(await roundTrip(list.cypher), "b"), path).toEqual(list.benchmarks.map((b) => b.id));
    }
    const fromModel = await get(BenchmarkList, "/api/benchmarks?limit=7", modelServer);
    expect(rowIds(await roundTrip(fromModel.cypher), "b")).toEqual(fromModel.benchmarks.map((b) => b.id));
  });

  it("trends: a row per series and bucket with papers; rising entities in the same order", async () => {
    const method = String(
      await value("MATCH (e:Method) RETURN e.id AS v ORDER BY e.paperCount DESC, e.id LIMIT 1"),
    );
    const community = Number(
      await value("MATCH (p:Paper) WITH p.community AS v, count(*) AS n RETURN v ORDER BY n DESC, v LIMIT 1"),
    );
    const ids = ["benchmark:gsm8k", method, communityKey(community)];
    for (const bucket of ["month", "quarter", "year"]) {
      const trends = await get(Trends, `/api/trends?ids=${ids.join(",")}&bucket=${bucket}`);
      const expected = trends.series.flatMap((s) =>
        s.counts.flatMap((n, i) => (n > 0 ? [`${s.id} ${trends.buckets[i]} ${n}`] : [])),
      );
      expect(expected.length, bucket).toBeGreaterThan(ids.length);
      const result = await roundTrip(trends.cypher);
      const rows = result.rows.map(
        (r) => `${(r.series as { id: string }).id} ${String(r.bucket)} ${String(r.papers)}`,
      );
      expect(rows.sort(), bucket).toEqual(expected.sort());
    }
    for (const path of [
      "/api/trends/rising?minPapers=1",
      "/api/trends/rising?type=method&minPapers=1&limit=5",
    ]) {
      const rising = await get(Rising, path);
      expect(rising.entities.length, path).toBeGreaterThan(0);
      const result = await roundTrip(rising.cypher);
      expect(rowIds(result, "e"), path).toEqual(rising.entities.map((e) => e.id));
      expect(result.rows.map((r) => `${String(r.recent)}/${String(r.prior)}`)).toEqual(
        rising.entities.map((e) => `${e.recent.papers}/${e.prior.papers}`),
      );
    }
  });

  it("what's new: each of the four lists, its items in order", async () => {
    const changes = await get(Changes, "/api/changes?limit=6");
    const result = await roundTrip(changes.cypher);
    const lists: [string, { items: { id: string }[] }][] = [
      ["new paper", changes.newPapers],
      ["new entity", changes.newEntities],
      ["grown entity", changes.grownEntities],
      ["community", changes.communities],
    ];
    for (const [change, list] of lists) {
      const ids = result.rows.filter((r) => r.change === change).map((r) => (r.node as { id: string }).id);
      expect(ids, change).toEqual(list.items.map((i) => i.id));
    }
    expect(changes.newPapers.items).toHaveLength(6);
    expect(changes.communities.items.length).toBeGreaterThan(0);
  });

  it("answers the read model gives (map, neighbourhoods, panels, shared benchmarks) round-trip too", async () => {
    await checkGraph("/api/graph", "same", modelServer);
    const paper = String(
      await value("MATCH (p:Paper) RETURN p.id AS v ORDER BY p.pagerank DESC, p.id LIMIT 1"),
    );
    const hub = String(
      await value("MATCH (e:Concept|Method) RETURN e.id AS v ORDER BY e.paperCount DESC, e.id LIMIT 1"),
    );
    for (const path of [
      `/api/nodes/${encodeURIComponent(paper)}/neighbors?depth=2&limit=60`,
      `/api/nodes/${encodeURIComponent(hub)}/neighbors?limit=7`,
      "/api/nodes/benchmark%3Agsm8k/neighbors",
    ])
      await checkGraph(path, "same", modelServer);

    const detail = await get(NodeDetail, `/api/nodes/${encodeURIComponent(hub)}?limit=9`, modelServer);
    expect(detail.papers).toHaveLength(9);
    expect(rowIds(await roundTrip(detail.cypher), "p")).toEqual(detail.papers.map((p) => p.id));

    const shared = await get(
      SharedBenchmarks,
      "/api/papers/2506.10003/shared-benchmarks?limit=6",
      modelServer,
    );
    expect(shared.papers.length).toBeGreaterThan(0);
    expect(rowIds(await roundTrip(shared.cypher), "q")).toEqual(shared.papers.map((p) => p.id));
  });
});
