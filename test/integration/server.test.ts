import {
  BenchmarkList,
  BenchmarkPapers,
  CommunityList,
  CypherResponse,
  GraphPayload,
  Health,
  NodeDetail,
  PackedCommunities,
  PathResult,
  SearchResult,
  SharedBenchmarks,
  unpackCommunities,
} from "@paperkg/core";
import { graphFingerprint } from "@paperkg/store";
import { describe, expect, inject, it } from "vitest";
import { serveIngested } from "../helpers/serveIngested.ts";
import { startTestServer } from "../helpers/startTestServer.ts";

describe("HTTP API over the samples graph", () => {
  const conn = inject("neo4j");
  const g = serveIngested(["data/samples"]);
  const get = g.get;
  const cypher = g.cypher;

  it("GET /api/health counts papers, entities by kind, links and communities, no bookkeeping nodes", async () => {
    const { status, body } = await get("/api/health");
    expect(status).toBe(200);
    const health = Health.parse(body);
    expect(health).toMatchObject({ status: "ok", neo4j: "up", papers: 261 });
    // The oracle: hand-written counts by label and by the Paper → entity pattern.
    const rows = (await cypher(`MATCH (n) WITH labels(n)[0] AS label, count(*) AS n RETURN label, n`)) as {
      label: string;
      n: number;
    }[];
    const byLabel = new Map(rows.map((r) => [r.label, Number(r.n)]));
    const entities = {
      method: byLabel.get("Method") ?? 0,
      benchmark: byLabel.get("Benchmark") ?? 0,
      model: byLabel.get("Model") ?? 0,
      task: byLabel.get("Task") ?? 0,
      concept: byLabel.get("Concept") ?? 0,
    };
    expect(Object.values(entities).every((n) => n > 0)).toBe(true);
    expect(health.entities).toEqual(entities);
    const entityTotal = Object.values(entities).reduce((a, b) => a + b, 0);
    expect(health.nodes).toBe(261 + entityTotal);
    expect(health.communities).toBe(byLabel.get("Community"));
    // the database holds bookkeeping nodes (a snapshot, areas) the health figures leave out
    expect(byLabel.get("Snapshot")).toBeGreaterThan(0);
    const [{ n: links }] = (await cypher(
      "MATCH (:Paper)-[r]->(e) WHERE NOT e:Community RETURN count(r) AS n",
    )) as [{ n: number }];
    const [{ n: all }] = (await cypher("MATCH ()-[r]->() RETURN count(r) AS n")) as [{ n: number }];
    expect(health.links).toBe(Number(links));
    expect(health.links).toBeLessThan(Number(all));
    expect(health.relationships).toBe(health.links);
  });

  it("GET /api/graph returns the bipartite view with stored positions, capped by limit", async () => {
    const [{ n: total }] = (await cypher(
      "MATCH (n) WHERE NOT n:Community AND NOT n:Area AND NOT n:Snapshot RETURN count(n) AS n",
    )) as [{ n: number }];
    const all = GraphPayload.parse((await get("/api/graph?limit=50000")).body);
    expect(all.nodes).toHaveLength(total);
    expect(all.attributes.truncated).toBe(false);
    const keys = new Set(all.nodes.map((n) => n.key));
    expect(all.edges.every((e) => keys.has(e.source) && keys.has(e.target))).toBe(true);
    expect(all.nodes.every((n) => Number.isFinite(n.attributes.x) && n.attributes.community !== null)).toBe(
      true,
    );

    const few = GraphPayload.parse((await get("/api/graph?limit=10")).body);
    expect(few.nodes).toHaveLength(10);
    expect(few.attributes).toMatchObject({ truncated: true, totalNodes: total });
  });

  it("GET /api/graph filters by view, type and community", async () => {
    const papers = GraphPayload.parse((await get("/api/graph?view=papers&limit=50000")).body);
    expect(papers.nodes).toHaveLength(261);
    expect(papers.edges.every((e) => e.attributes.type === "SHARES")).toBe(true);

    const benchmarks = GraphPayload.parse((await get("/api/graph?types=benchmark&limit=50000")).body);
    const [{ n: benchmarkCount }] = (await cypher("MATCH (b:Benchmark) RETURN count(b) AS n")) as [
      { n: number },
    ];
    expect(benchmarks.nodes).toHaveLength(benchmarkCount);
    expect(new Set(benchmarks.nodes.map((n) => n.attributes.kind))).toEqual(new Set(["benchmark"]));

    const communities = GraphPayload.parse((await get("/api/graph?view=communities")).body);
    const [{ n: communityCount }] = (await cypher("MATCH (c:Community) RETURN count(c) AS n")) as [
      { n: number },
    ];
    expect(communities.nodes).toHaveLength(communityCount);
    const first = communities.nodes[0]!;
    const inFirst = GraphPayload.parse(
      (await get(`/api/graph?community=${first.attributes.community}&limit=50000`)).body,
    );
    const [{ n: size }] = (await cypher("MATCH (c:Community {id: $id}) RETURN c.size AS n", {
      id: first.attributes.community,
    })) as [{ n: number }];
    expect(inFirst.nodes).toHaveLength(size);
  });

  it("GET /api/graph?view=communities draws each community's strongest links only: ≤ links=k per community", async () => {
    const linksPer = (payload: GraphPayload) => {
      const n = new Map<string, number>();
      for (const e of payload.edges)
        for (const end of [e.source, e.target]) n.set(end, (n.get(end) ?? 0) + 1);
      return n;
    };
    // What the paper–entity links say: community pairs with at least one link between their members.
    const linked = (await cypher(
      "MATCH (p:Paper)-->(e) WHERE p.community <> e.community AND NOT e:Community RETURN DISTINCT p.community AS a, e.community AS b",
    )) as { a: number; b: number }[];
    const pairs = new Set(linked.map((r) => [r.a, r.b].sort((x, y) => x - y).join("|")));
    const byDefault = GraphPayload.parse((await get("/api/graph?view=communities")).body);
    expect(byDefault.edges.length).toBeGreaterThan(0);
    expect(byDefault.edges.length).toBeLessThan(pairs.size);
    expect(Math.max(...linksPer(byDefault).values())).toBeLessThanOrEqual(6);
    for (const e of byDefault.edges) {
      const ids = [e.source, e.target].map((k) => Number(k.split(":")[1])).sort((x, y) => x - y);
      expect(pairs.has(ids.join("|")), e.key).toBe(true);
      expect(e.attributes.weight).toBeGreaterThan(0);
    }
    const one = GraphPayload.parse((await get("/api/graph?view=communities&links=1")).body);
    expect(Math.max(...linksPer(one).values())).toBe(1);
    expect(one.edges.length).toBeLessThan(byDefault.edges.length);
    expect((await get("/api/graph?view=communities&links=99")).status).toBe(400);

    const [{ area, n }] = (await cypher(
      "MATCH (c:Community) WHERE c.area IS NOT NULL RETURN c.area AS area, count(c) AS n ORDER BY n DESC LIMIT 1",
    )) as [{ area: number; n: number }];
    const inArea = GraphPayload.parse((await get(`/api/graph?view=communities&area=${area}`)).body);
    expect(inArea.nodes).toHaveLength(n);
  });

  it("GET /api/graph?view=communities&packed=1 holds the same communities, links and Cypher in rows", async () => {
    const full = GraphPayload.parse((await get("/api/graph?view=communities")).body);
    const packed = PackedCommunities.parse((await get("/api/graph?view=communities&packed=1")).body);
    const back = unpackCommunities(packed);
    expect(back.nodes.map((n) => n.key)).toEqual(full.nodes.map((n) => n.key));
    expect(back.edges.map((e) => e.key)).toEqual(full.edges.map((e) => e.key));
    expect(back.cypher).toEqual(full.cypher);
    const byKey = new Map(back.nodes.map((n) => [n.key, n.attributes]));
    for (const n of full.nodes) {
      const a = byKey.get(n.key)!;
      expect([a.label, a.paperCount, a.pagerank, a.area ?? null]).toEqual([
        n.attributes.label,
        n.attributes.paperCount,
        n.attributes.pagerank,
        n.attributes.area ?? null,
      ]);
      // rows carry positions to a tenth: at most half a step off, plus floating-point error
      expect(Math.abs(a.x - n.attributes.x)).toBeLessThanOrEqual(0.05 + 1e-9);
    }
    // Rows only for the overview: other views answer as before.
    expect(GraphPayload.safeParse((await get("/api/graph?view=areas&packed=1")).body).success).toBe(true);
  });

  it("GET /api/graph rejects bad parameters with 400 naming them", async () => {
    const cases: [string, string][] = [
      ["view=galaxy", "view"],
      ["limit=0", "limit"],
      ["limit=abc", "limit"],
      ["types=paper,gadget", "types"],
      ["from=yesterday", "from"],
      ["community=-1", "community"],
    ];
    for (const [query, param] of cases) {
      const { status, body } = await get(`/api/graph?${query}`);
      expect(status, query).toBe(400);
      expect((body.error as { message: string }).message).toContain(`"${param}"`);
    }
  });

  it("GET /api/nodes/:id gives a paper's entities with spans that point at their text", async () => {
    const [row] = (await cypher(
      "MATCH (p:Paper)-[:EVALUATES_ON]->() WITH p, count(*) AS n ORDER BY n DESC, p.id LIMIT 1 RETURN p.id AS id, p.abstract AS abstract, p.title AS title",
    )) as [{ id: string; abstract: string; title: string }];
    const { status, body } = await get(`/api/nodes/${encodeURIComponent(row.id)}`);
    expect(status).toBe(200);
    const detail = NodeDetail.parse(body);
    expect(detail.node.kind).toBe("paper");
    expect(detail.entities.length).toBeGreaterThan(0);
    for (const entity of detail.entities) {
      for (const span of entity.link.spans) {
        const [, field, start, end] = /^(title|abstract):(\d+)-(\d+)$/.exec(span)!;
        const text = (field === "title" ? row.title : row.abstract).slice(Number(start), Number(end));
        expect(
          entity.link.evidence.some((s) => s.includes(text)),
          `${entity.id} ${span}`,
        ).toBe(true);
      }
    }
  });

  it("GET /api/nodes/:id gives an entity's papers and co-occurring entities; 404 for unknown ids", async () => {
    const [row] = (await cypher(
      "MATCH (b:Benchmark) RETURN b.id AS id, b.paperCount AS n ORDER BY n DESC, id LIMIT 1",
    )) as [{ id: string; n: number }];
    const detail = NodeDetail.parse((await get(`/api/nodes/${encodeURIComponent(row.id)}`)).body);
    expect(detail.papers).toHaveLength(Math.min(50, row.n));
    expect(detail.paperTotal).toBe(row.n);
    expect(detail.cooccurring.length).toBeGreaterThan(0);
    expect(detail.cooccurring.every((c) => c.count >= 1 && c.id !== row.id)).toBe(true);
    for (const id of ["benchmark:no-such-thing", "no-such-paper", "community:x"]) {
      const res = await get(`/api/nodes/${encodeURIComponent(id)}`);
      expect(res.status, id).toBe(404);
      expect(res.body.error).toMatchObject({ code: "NOT_FOUND" });
    }
  });

  it("GET /api/nodes/:id/neighbors grows with depth and keeps the centre node", async () => {
    const id = "benchmark:gsm8k";
    const one = GraphPayload.parse((await get(`/api/nodes/${id}/neighbors?depth=1&limit=5000`)).body);
    const two = GraphPayload.parse((await get(`/api/nodes/${id}/neighbors?depth=2&limit=5000`)).body);
    const [{ n }] = (await cypher("MATCH (:Benchmark {id: $id})--(p:Paper) RETURN count(DISTINCT p) AS n", {
      id,
    })) as [{ n: number }];
    expect(one.nodes[0]?.key).toBe(id);
    expect(one.nodes).toHaveLength(n + 1);
    const twoKeys = new Set(two.nodes.map((x) => x.key));
    expect(one.nodes.every((x) => twoKeys.has(x.key))).toBe(true);
    expect(two.nodes.length).toBeGreaterThan(one.nodes.length);
    expect((await get(`/api/nodes/${id}/neighbors?depth=3`)).status).toBe(400);
    expect((await get("/api/nodes/benchmark:nothing/neighbors")).status).toBe(404);
  });

  it("GET /api/search finds entities and papers, tolerates typos and Lucene syntax", async () => {
    const exact = SearchResult.parse((await get("/api/search?q=GSM8K")).body);
    expect(exact.results[0]?.id).toBe("benchmark:gsm8k");
    const typo = SearchResult.parse((await get("/api/search?q=reinforcment%20lerning")).body);
    expect(typo.results.map((r) => r.label.toLowerCase())).toContain("reinforcement learning");
    for (const q of ['a:b (c]~"\\', "AND OR NOT", "*", "title:[a TO z]", "😀 ∑"]) {
      const res = await get(`/api/search?q=${encodeURIComponent(q)}`);
      expect(res.status, q).toBe(200);
      SearchResult.parse(res.body);
    }
    expect((await get("/api/search?q=%20")).status).toBe(400);
  });

  it("GET /api/communities lists every community; sizes add up to the graph", async () => {
    const list = CommunityList.parse((await get("/api/communities")).body);
    const [{ n }] = (await cypher(
      "MATCH (n) WHERE NOT n:Community AND NOT n:Area AND NOT n:Snapshot RETURN count(n) AS n",
    )) as [{ n: number }];
    expect(list.communities.reduce((s, c) => s + c.size, 0)).toBe(n);
    // Community 0 ("other") holds papers that share no specific entity: labelled, but with no terms.
    expect(list.communities.every((c) => c.label.length > 0 && (c.id === 0 || c.topTerms.length > 0))).toBe(
      true,
    );
  });

  it("GET /api/benchmarks and /api/benchmarks/:id/papers agree with the graph", async () => {
    const list = BenchmarkList.parse((await get("/api/benchmarks")).body);
    const counts = list.benchmarks.map((b) => b.paperCount);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    const [{ all }] = (await cypher("MATCH (b:Benchmark) RETURN count(b) AS all")) as [{ all: number }];
    expect(list.total).toBe(all);
    // A page and a filter: the first benchmarks of the same order; names or aliases holding the text.
    const two = BenchmarkList.parse((await get("/api/benchmarks?limit=2")).body);
    expect(two.benchmarks).toEqual(list.benchmarks.slice(0, 2));
    expect(two.total).toBe(all);
    const gsm = BenchmarkList.parse((await get("/api/benchmarks?q=GSM")).body);
    const [{ held }] = (await cypher(
      "MATCH (b:Benchmark) WHERE toLower(b.name) CONTAINS 'gsm' OR any(a IN b.aliases WHERE toLower(a) CONTAINS 'gsm') RETURN count(b) AS held",
    )) as [{ held: number }];
    expect(gsm.total).toBe(held);
    expect(gsm.benchmarks.map((b) => b.id)).toContain("benchmark:gsm8k");
    expect(
      gsm.benchmarks.every(
        (b) => b.name.toLowerCase().includes("gsm") || b.aliases.some((a) => a.toLowerCase().includes("gsm")),
      ),
    ).toBe(true);
    const top = list.benchmarks[0]!;
    const papers = BenchmarkPapers.parse(
      (await get(`/api/benchmarks/${encodeURIComponent(top.id)}/papers`)).body,
    );
    const [{ n }] = (await cypher(
      "MATCH (:Benchmark {id: $id})<-[:EVALUATES_ON|PROPOSES]-(p:Paper) RETURN count(p) AS n",
      {
        id: top.id,
      },
    )) as [{ n: number }];
    expect(papers.papers).toHaveLength(n);
    expect(papers.papers.every((p) => p.link.evidence.length > 0)).toBe(true);
    expect((await get("/api/benchmarks/benchmark:none/papers")).status).toBe(404);
  });

  it("GET /api/papers/:id/shared-benchmarks lists papers that really share one, rarer benchmarks first", async () => {
    const [row] = (await cypher(
      `MATCH (p:Paper)-[:EVALUATES_ON]->(:Benchmark)<-[:EVALUATES_ON]-(q:Paper) WHERE p <> q
       RETURN p.id AS id, count(DISTINCT q) AS n ORDER BY n DESC, id LIMIT 1`,
    )) as [{ id: string; n: number }];
    const shared = SharedBenchmarks.parse(
      (await get(`/api/papers/${encodeURIComponent(row.id)}/shared-benchmarks`)).body,
    );
    expect(shared.papers).toHaveLength(row.n);
    const scores = shared.papers.map((p) => p.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    for (const other of shared.papers.slice(0, 5)) {
      const rows = await cypher(
        `MATCH (:Paper {id: $a})-[:EVALUATES_ON|PROPOSES]->(b:Benchmark)<-[:EVALUATES_ON|PROPOSES]-(:Paper {id: $b})
         RETURN b.id AS id ORDER BY id`,
        { a: row.id, b: other.id },
      );
      expect(other.shared.map((s) => s.id).sort()).toEqual(rows.map((r) => r.id));
    }
    expect((await get("/api/papers/none/shared-benchmarks")).status).toBe(404);
  });

  it("GET /api/path returns connected hops with evidence", async () => {
    const res = PathResult.parse(
      (await get("/api/path?from=benchmark:gsm8k&to=benchmark:humaneval&max=6")).body,
    );
    expect(res.paths.length).toBeGreaterThan(0);
    for (const path of res.paths) {
      expect(path.nodes[0]?.id).toBe("benchmark:gsm8k");
      expect(path.nodes.at(-1)?.id).toBe("benchmark:humaneval");
      expect(path.hops).toHaveLength(path.nodes.length - 1);
      path.hops.forEach((hop, i) => {
        expect(new Set([hop.from, hop.to])).toEqual(new Set([path.nodes[i]!.id, path.nodes[i + 1]!.id]));
        expect(hop.evidence.length).toBeGreaterThan(0);
      });
    }
    expect((await get("/api/path?from=benchmark:gsm8k")).status).toBe(400);
    expect((await get("/api/path?from=a&to=b&max=99")).status).toBe(400);
  });

  it("POST /api/cypher returns rows and the graph of a read query", async () => {
    const res = await fetch(`${g.server.url}/api/cypher`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        query: "MATCH (p:Paper)-[r:EVALUATES_ON]->(b:Benchmark {id: $id}) RETURN p, r, b",
        params: { id: "benchmark:gsm8k" },
      }),
    });
    expect(res.status).toBe(200);
    const body = CypherResponse.parse(await res.json());
    expect(body.columns).toEqual(["p", "r", "b"]);
    expect(body.graph.nodes.map((n) => n.id)).toContain("benchmark:gsm8k");
    expect(body.graph.edges).toHaveLength(body.rows.length);
  });

  it("POST /api/cypher refuses every write and leaves the graph unchanged", async () => {
    const before = await graphFingerprint(g.driver, g.database);
    const attempts = [
      "CREATE (n:Hack {x: 1}) RETURN n",
      "MERGE (n:Paper {id: 'hack'}) RETURN n",
      "MATCH (p:Paper) SET p.title = 'hacked' RETURN count(p)",
      "MATCH (p:Paper) WITH p LIMIT 1 DELETE p",
      "MATCH (p:Paper) WITH p LIMIT 1 DETACH DELETE p",
      "MATCH (p:Paper) REMOVE p.title RETURN count(p)",
      "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line",
      "load   csv from 'https://example.org/x.csv' as l return l",
      "CALL dbms.security.createUser('x', 'y', false)",
      "CALL dbms.listConfig()",
      "MATCH (p:Paper) CALL (p) { SET p.x = 0 } IN TRANSACTIONS RETURN 1",
      "MATCH (n) RETURN n LIMIT 1; CREATE (:Hack)",
      "CREATE /* comment */ (:Hack)",
      "CALL db.createLabel('Hack')",
      "ＣＲＥＡＴＥ (:Hack)",
      "CREATE INDEX hack IF NOT EXISTS FOR (n:Hack) ON (n.x)",
    ];
    for (const query of attempts) {
      const res = await fetch(`${g.server.url}/api/cypher`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query }),
      });
      expect(res.status, query).toBeGreaterThanOrEqual(400);
      expect(res.status, query).toBeLessThan(500);
      const body = (await res.json()) as { error?: { code: string; message: string } };
      expect(body.error?.message.length, query).toBeGreaterThan(0);
    }
    expect(await graphFingerprint(g.driver, g.database)).toEqual(before);
  });

  it("POST /api/cypher answers malformed bodies and syntax errors with 4xx JSON", async () => {
    const post = (body: string) =>
      fetch(`${g.server.url}/api/cypher`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body,
      });
    const syntax = await post(JSON.stringify({ query: "MATCH (n RETURN n" }));
    expect(syntax.status).toBe(400);
    expect(((await syntax.json()) as { error: unknown }).error).toMatchObject({
      code: "CYPHER_ERROR",
      neo4jCode: "Neo.ClientError.Statement.SyntaxError",
    });
    expect((await post("{not json")).status).toBe(400);
    expect((await post(JSON.stringify({ params: {} }))).status).toBe(400);
    expect((await post(JSON.stringify({ query: "x".repeat(300_000) }))).status).toBe(413);
  });

  it("requires a bearer token when asked to bind beyond loopback", async () => {
    await expect(startTestServer(conn, { host: "0.0.0.0", token: "" })).rejects.toThrow(/PAPERKG_TOKEN/);
    const guarded = await startTestServer(conn, { token: "s3cret" });
    try {
      expect((await fetch(`${guarded.url}/api/health`)).status).toBe(401);
      const ok = await fetch(`${guarded.url}/api/health`, { headers: { authorization: "Bearer s3cret" } });
      expect(ok.status).toBe(200);
      expect(JSON.stringify(await ok.json())).not.toContain(conn.password);
    } finally {
      await guarded.close();
    }
  });

  it("answers 503 when the database cannot be reached", async () => {
    const down = await startTestServer({ ...conn, uri: "bolt://127.0.0.1:1" });
    try {
      const health = await fetch(`${down.url}/api/health`);
      expect(health.status).toBe(503);
      const graph = await fetch(`${down.url}/api/graph`);
      expect(graph.status).toBe(503);
      expect(((await graph.json()) as { error: { code: string } }).error.code).toBe("DATABASE_UNAVAILABLE");
    } finally {
      await down.close();
    }
  });
});
