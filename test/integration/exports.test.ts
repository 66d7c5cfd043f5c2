import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PAPER_LINKS } from "@paperkg/core";
import { runIngest } from "@paperkg/pipeline";
import { openDriver, runCypher } from "@paperkg/store";
import { parse } from "csv-parse/sync";
import { MultiDirectedGraph } from "graphology";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { networkxCounts, networkxPython } from "../helpers/networkxPython.ts";
import { startTestServer, type TestServer } from "../helpers/startTestServer.ts";
import { wipeDatabase } from "../helpers/wipeDatabase.ts";

describe("subgraph exports, parsed back by independent parsers", () => {
  const conn = inject("neo4j");
  let driver: Driver;
  let server: TestServer;
  let python: string;
  const dir = join(tmpdir(), `paperkg-exports-${process.pid}`);
  const download = async (query: string) => {
    const res = await fetch(`${server.url}/api/export?${query}`);
    expect(res.status, query).toBe(200);
    return res.text();
  };
  /** Expected counts for a benchmark's subgraph, straight from Cypher. */
  async function expected(benchmark: string) {
    const res = await runCypher(
      driver,
      `MATCH (b:Benchmark {id: $id})
       OPTIONAL MATCH (b)<-[:EVALUATES_ON|PROPOSES]-(p:Paper)
       WITH b, collect(p) AS papers
       WITH [b] + papers AS nodes
       UNWIND nodes AS a
       OPTIONAL MATCH (a)-[r:${PAPER_LINKS}]->(z) WHERE z IN nodes
       RETURN size(nodes) AS nodes, count(DISTINCT r) AS edges`,
      { id: benchmark },
      { database: conn.database },
    );
    return res.rows[0] as { nodes: number; edges: number };
  }

  beforeAll(async () => {
    driver = openDriver(conn);
    await wipeDatabase(driver, conn.database);
    await runIngest({ inputs: ["data/samples"], connection: conn });
    server = await startTestServer(conn);
    python = networkxPython();
    (await import("node:fs")).mkdirSync(dir, { recursive: true });
  });
  afterAll(async () => {
    await server?.close();
    await driver?.close();
  });

  it("GEXF and GraphML parse in networkx with the selection's node and edge counts", async () => {
    const want = await expected("benchmark:gsm8k");
    expect(want.nodes).toBeGreaterThan(2);
    for (const format of ["gexf", "graphml"] as const) {
      const file = join(dir, `gsm8k.${format}`);
      writeFileSync(file, await download(`format=${format}&benchmark=benchmark:gsm8k`));
      expect(networkxCounts(python, file, format), format).toEqual(want);
    }
  });

  it("GEXF carries positions and community colours", async () => {
    const gexf = await download("format=gexf&benchmark=benchmark:gsm8k");
    const nodes = gexf.match(/<node /g)?.length ?? 0;
    expect(gexf.match(/<viz:position x="-?[\d.]+" y="-?[\d.]+"/g)).toHaveLength(nodes);
    expect(gexf.match(/<viz:color r="\d+" g="\d+" b="\d+"\/>/g)).toHaveLength(nodes);
    expect(gexf).toContain('for="n_community"');
  });

  it("JSON imports into graphology and CSV parses into node and edge rows", async () => {
    const want = await expected("benchmark:gsm8k");
    const graph = new MultiDirectedGraph();
    graph.import(JSON.parse(await download("format=json&benchmark=benchmark:gsm8k")));
    expect({ nodes: graph.order, edges: graph.size }).toEqual(want);

    const rows = parse(await download("format=csv&benchmark=benchmark:gsm8k"), { columns: true }) as {
      record: string;
    }[];
    expect({
      nodes: rows.filter((r) => r.record === "node").length,
      edges: rows.filter((r) => r.record === "edge").length,
    }).toEqual(want);
  });

  it("exports a node's neighbourhood, a community, ids and a read-only Cypher selection", async () => {
    const [{ n }] = (
      await runCypher(
        driver,
        "MATCH (:Benchmark {id: 'benchmark:gsm8k'})--(p:Paper) RETURN count(DISTINCT p) AS n",
        {},
        {
          database: conn.database,
        },
      )
    ).rows as [{ n: number }];
    const node = JSON.parse(await download("format=json&node=benchmark:gsm8k&depth=1")) as {
      nodes: unknown[];
    };
    expect(node.nodes).toHaveLength(n + 1);

    const [{ id, size }] = (
      await runCypher(
        driver,
        "MATCH (c:Community) RETURN c.id AS id, c.size AS size ORDER BY c.size DESC, c.id LIMIT 1",
        {},
        { database: conn.database },
      )
    ).rows as [{ id: number; size: number }];
    const community = JSON.parse(await download(`format=json&community=${id}`)) as { nodes: unknown[] };
    expect(community.nodes).toHaveLength(size);

    const ids = JSON.parse(await download("format=json&ids=benchmark:gsm8k,benchmark:math,nope")) as {
      nodes: unknown[];
    };
    expect(ids.nodes.length).toBeLessThanOrEqual(2);

    const query = "MATCH (p:Paper)-[r:EVALUATES_ON]->(b:Benchmark {id: 'benchmark:gsm8k'}) RETURN p, r, b";
    const postExport = (format: string, selector: Record<string, unknown>) =>
      fetch(`${server.url}/api/export`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ format, selector }),
      });
    const viaCypher = (await (await postExport("json", { type: "cypher", query })).json()) as {
      nodes: unknown[];
      edges: unknown[];
    };
    expect(viaCypher.edges.length).toBeGreaterThan(0);
    // A Cypher export never runs from a GET, which any page's <img> can send.
    const byGet = await fetch(`${server.url}/api/export?format=json&cypher=${encodeURIComponent(query)}`);
    expect(byGet.status).toBe(405);
    expect(((await byGet.json()) as { error: { code: string } }).error.code).toBe("METHOD_NOT_ALLOWED");
    // POST takes the other selectors too.
    const viaPost = (await (
      await postExport("json", { type: "benchmark", id: "benchmark:gsm8k" })
    ).json()) as {
      nodes: unknown[];
    };
    const viaGet = JSON.parse(await download("format=json&benchmark=benchmark:gsm8k")) as {
      nodes: unknown[];
    };
    expect(viaPost.nodes).toHaveLength(viaGet.nodes.length);

    const refused = await postExport("json", { type: "cypher", query: "CREATE (n) RETURN n" });
    expect(refused.status).toBe(403);
    expect((await postExport("json", { type: "cypher" })).status).toBe(400);
    expect((await fetch(`${server.url}/api/export?format=json`)).status).toBe(400);
    expect((await fetch(`${server.url}/api/export?format=pdf&community=0`)).status).toBe(400);
  });

  it("exports a view of ~1,000 ids POSTed in the body, every one of them", async () => {
    // The default map's nodes, as the web app's "Export → current view" sends them.
    const map = (await (await fetch(`${server.url}/api/graph`)).json()) as { nodes: { key: string }[] };
    const ids = map.nodes.map((n) => n.key);
    expect(ids.length).toBeGreaterThan(500);
    // As a GET these ids overflow what Node reads of a URL.
    expect(`ids=${ids.join(",")}`.length).toBeGreaterThan(16_384);
    const res = await fetch(`${server.url}/api/export`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ format: "csv", selector: { type: "ids", ids } }),
    });
    expect(res.status).toBe(200);
    const records = parse(await res.text(), { columns: true }) as { record: string; id: string }[];
    const exported = records.filter((r) => r.record === "node").map((r) => r.id);
    expect(new Set(exported)).toEqual(new Set(ids));
  });

  it("exports the communities view: its community nodes and the links among them", async () => {
    const [{ ids, links }] = (
      await runCypher(
        driver,
        `MATCH (c:Community) WITH collect(c.id) AS ids
         OPTIONAL MATCH (:Community)-[r:LINKS]->(:Community)
         RETURN ids, count(r) AS links`,
        {},
        { database: conn.database },
      )
    ).rows as [{ ids: number[]; links: number }];
    expect(ids.length).toBeGreaterThan(1);
    const res = await fetch(`${server.url}/api/export`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        format: "json",
        selector: { type: "ids", ids: ids.map((id) => `community:${id}`) },
      }),
    });
    const graph = new MultiDirectedGraph();
    graph.import(JSON.parse(await res.text()));
    expect(graph.order).toBe(ids.length);
    expect(graph.size).toBe(links);
  });

  it("answers an oversized GET and too many POSTed ids in the {error: {code, message}} shape", async () => {
    const long = Array.from({ length: 3_000 }, (_, i) => `paper:${i}`).join(",");
    const get = await fetch(`${server.url}/api/export?format=json&ids=${long}`);
    expect(get.status).toBe(431);
    const body = (await get.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("HEADERS_TOO_LARGE");
    expect(body.error.message).toContain("POST /api/export");

    const tooMany = Array.from({ length: 50_001 }, (_, i) => String(i));
    const post = await fetch(`${server.url}/api/export`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ format: "json", selector: { type: "ids", ids: tooMany } }),
    });
    expect(post.status).toBe(400);
    const refused = (await post.json()) as { error: { code: string; message: string } };
    expect(refused.error.code).toBe("BAD_PARAMETER");
    expect(refused.error.message).toContain("50000");
  });

  it("the Cypher script recreates the subgraph in an empty database", async () => {
    const want = await expected("benchmark:gsm8k");
    const script = await download("format=cypher&benchmark=benchmark:gsm8k");
    await wipeDatabase(driver, conn.database);
    const statements = script.split("\n").filter((line) => line.trim() && !line.startsWith("//"));
    const session = driver.session({ database: conn.database });
    try {
      for (const statement of statements) await session.run(statement.replace(/;$/, ""));
    } finally {
      await session.close();
    }
    const res = await runCypher(
      driver,
      `MATCH (n) WITH count(n) AS nodes OPTIONAL MATCH ()-[r]->() RETURN nodes, count(r) AS edges`,
      {},
      { database: conn.database },
    );
    expect(res.rows[0]).toEqual(want);
    const evidence = await runCypher(
      driver,
      "MATCH (:Paper)-[r:EVALUATES_ON]->(:Benchmark {id: 'benchmark:gsm8k'}) RETURN count(r.evidence) AS n",
      {},
      { database: conn.database },
    );
    expect(evidence.rows[0]?.n).toBeGreaterThan(0);
  });
});
