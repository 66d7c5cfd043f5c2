import { createServer as createHttpServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { ensureSchema, openDriver, runCypher, StoreError } from "@paperkg/store";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { neo4jEnv, runCli } from "../helpers/runCli.ts";
import { startTestServer, type TestServer } from "../helpers/startTestServer.ts";
import { wipeDatabase } from "../helpers/wipeDatabase.ts";
import { CYPHER_ATTACK_GROUPS } from "../reliability/cypherAttacks.ts";
import { CYPHER_HARMLESS } from "../reliability/cypherHarmless.ts";

/** Groups whose every query parses, so the plan guard (not a syntax error) must be what refuses it. */
const REFUSED_BY_PLAN = [
  "comment markers inside strings or backticked names",
  "comments ending at a carriage return",
  "separators U+001C to U+001F",
  "dbms.* and db.stats.* procedures",
];

const FIXTURE = `
CREATE (p1:Paper {id: 'p1', title: 'Reasoning /* not a comment */', abstract: 'Here we use GSM8K // and nothing else.'})
CREATE (p2:Paper {id: 'p2', title: 'Agents', abstract: 'We call this method X; see https://github.com/x/y.'})
CREATE (b:Benchmark {id: 'benchmark:gsm8k', name: 'GSM8K', aliases: []})
CREATE (p1)-[:EVALUATES_ON {evidence: ['Here we use GSM8K']}]->(b)
CREATE (p2)-[:EVALUATES_ON {evidence: ['x']}]->(b)`;

describe("read-only Cypher guard (EXPLAIN plan + READ transaction) on Neo4j", () => {
  const conn = inject("neo4j");
  let driver: Driver;
  let csvServer: Server;
  let csvUrl: string;
  let csvRequests = 0;
  const read = (query: string, params: Record<string, unknown> = {}) =>
    runCypher(driver, query, params, { database: conn.database });
  /** Everything the attacks could touch: nodes, links and their properties, the schema, users. */
  const snapshot = async () => {
    const q = async (query: string) =>
      JSON.stringify((await runCypher(driver, query, {}, { database: conn.database, readOnly: false })).rows);
    return [
      await q("MATCH (n) RETURN labels(n) AS l, properties(n) AS p ORDER BY n.id"),
      await q("MATCH ()-[r]->() RETURN type(r) AS t, properties(r) AS p ORDER BY t"),
      await q("SHOW INDEXES YIELD name RETURN name ORDER BY name"),
      await q("SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name"),
    ];
  };
  const refusal = async (query: string) => {
    try {
      await read(query);
      return "ran";
    } catch (err) {
      return err instanceof StoreError ? err.code : `threw ${String(err)}`;
    }
  };

  beforeAll(async () => {
    driver = openDriver(conn);
    await wipeDatabase(driver, conn.database);
    await ensureSchema(driver, conn.database);
    await runCypher(driver, FIXTURE, {}, { database: conn.database, readOnly: false });
    // A CSV source on loopback: any LOAD CSV that really ran would show up as a request here.
    csvServer = createHttpServer((_req, res) => {
      csvRequests++;
      res.end("a,b\n1,2\n");
    });
    await new Promise<void>((res) => csvServer.listen(0, "127.0.0.1", res));
    csvUrl = `http://127.0.0.1:${(csvServer.address() as AddressInfo).port}/x.csv`;
  });
  afterAll(async () => {
    csvServer?.close();
    await driver?.close();
  });

  it("refuses every attack group and leaves data, schema and users unchanged", async () => {
    const before = await snapshot();
    const outcomes: string[] = [];
    for (const [group, queries] of Object.entries(CYPHER_ATTACK_GROUPS)) {
      for (const query of queries) {
        const local = query.replaceAll("https://example.org/x.csv", csvUrl);
        const code = await refusal(local);
        const expected = REFUSED_BY_PLAN.includes(group) ? ["WRITE_REFUSED"] : ["WRITE_REFUSED", "CYPHER"];
        if (!expected.includes(code)) outcomes.push(`${group}: ${JSON.stringify(query)} → ${code}`);
      }
    }
    expect(outcomes).toEqual([]);
    expect(await snapshot()).toEqual(before);
    expect(csvRequests).toBe(0);
    // The same credentials still log in: no password was changed, no user dropped.
    expect(await driver.verifyAuthentication()).toBe(true);
  });

  it("the CSV trap works: the same LOAD CSV with write access does reach the server", async () => {
    const res = await runCypher(
      driver,
      `LOAD CSV WITH HEADERS FROM '${csvUrl}' AS row RETURN row.a AS a`,
      {},
      { database: conn.database, readOnly: false },
    );
    expect(res.rows).toEqual([{ a: "1" }]);
    expect(csvRequests).toBeGreaterThan(0);
    csvRequests = 0;
  });

  const refusedWithReason: [string, RegExp][] = [
    [`WITH '/*' AS a CALL dbms.listConfig() YIELD name RETURN name, '*/' AS b`, /procedure dbms\.listConfig/],
    ["WITH 1 AS x //\rCALL dbms.listConfig() YIELD name RETURN name", /procedure dbms\.listConfig/],
    ["LOAD\u001fCSV FROM 'https://example.org/x.csv' AS l RETURN l", /LOAD CSV/],
    ["CALL () { LOAD CSV FROM 'https://example.org/x.csv' AS l RETURN l } RETURN l", /LOAD CSV/],
    ["CALL db.stats.retrieve('GRAPH COUNTS')", /procedure db\.stats\.retrieve/],
    ["SHOW TRANSACTIONS", /SHOW and TERMINATE/],
    ["TERMINATE TRANSACTIONS 'neo4j-transaction-1'", /SHOW and TERMINATE/],
    ["SHOW INDEXES", /SHOW and TERMINATE/],
    ["SHOW USERS", /administration/],
    ["CREATE USER hacker SET PASSWORD 'password123'", /administration/],
    ["DROP INDEX paper_text", /administration/],
    ["USE system CALL dbms.components()", /database "system"/],
    ["CREATE (n:Hack) RETURN n", /read-write/],
    ["MATCH (p:Paper) SET p.title = 'x'", /as a write query/],
    ["CALL db.createLabel('Hack')", /procedure db\.createLabel/],
  ];
  it.each(refusedWithReason)("names why it refuses %j", async (query, reason) => {
    const err = await read(query).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StoreError);
    expect((err as StoreError).code).toBe("WRITE_REFUSED");
    expect((err as StoreError).message).toMatch(reason);
  });

  it.each(CYPHER_HARMLESS.map((c) => [c.query, c] as const))("runs the harmless %j", async (_, c) => {
    const res = await read(c.query, c.params ?? {});
    if (c.rows) expect(res.rows).toEqual(c.rows);
    else expect(res.columns.length).toBeGreaterThan(0);
  });

  it("finds the fixture's strings that look like comments and commands", async () => {
    const res = await read(
      "MATCH (p:Paper) WHERE p.abstract CONTAINS 'we call' OR p.abstract CONTAINS '// and' OR p.title CONTAINS '/*' RETURN p.id AS id ORDER BY id",
    );
    expect(res.rows).toEqual([{ id: "p1" }]);
    const fulltext = await read(
      "CALL db.index.fulltext.queryNodes('paper_text', 'call') YIELD node RETURN node.id AS id",
    );
    expect(fulltext.rows).toEqual([{ id: "p2" }]);
    expect((await read(`USE ${conn.database} MATCH (p:Paper) RETURN count(p) AS n`)).rows).toEqual([
      { n: 2 },
    ]);
  });

  it("sends JSON whole numbers as integers: LIMIT $n, SKIP, range, integer equality", async () => {
    expect((await read("MATCH (p:Paper) RETURN p.id AS id ORDER BY id LIMIT $n", { n: 1 })).rows).toEqual([
      { id: "p1" },
    ]);
    const typed = await read("RETURN valueType($n) AS n, valueType($f) AS f, valueType($l) AS l", {
      n: 5,
      f: 0.5,
      l: [1, 2],
    });
    expect(typed.rows).toEqual([
      { n: "INTEGER NOT NULL", f: "FLOAT NOT NULL", l: "LIST<INTEGER NOT NULL> NOT NULL" },
    ]);
  });

  describe("through the HTTP API and the CLI", () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer(conn);
    });
    afterAll(async () => {
      await server?.close();
    });

    it("runs the README's LIMIT $n example over POST /api/cypher", async () => {
      const res = await fetch(`${server.url}/api/cypher`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          query: "MATCH (p:Paper) RETURN p.id AS id ORDER BY id LIMIT $n",
          params: { n: 1 },
        }),
      });
      expect(res.status).toBe(200);
      expect(((await res.json()) as { rows: unknown[] }).rows).toEqual([{ id: "p1" }]);
    });

    it("refuses a dodge over HTTP with a 403", async () => {
      const res = await fetch(`${server.url}/api/cypher`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: "WITH 1 AS x //\rCALL dbms.listConfig() YIELD name RETURN name" }),
      });
      expect(res.status).toBe(403);
    });

    it("paperkg query: integer --param, a harmless query with comment markers, and refusals", async () => {
      const env = neo4jEnv(conn);
      const limited = await runCli(
        [
          "query",
          "MATCH (p:Paper) RETURN p.id AS id ORDER BY id LIMIT $n",
          "--param",
          "n=1",
          "--format",
          "json",
        ],
        { env },
      );
      expect(limited.code).toBe(0);
      expect(JSON.parse(limited.stdout)).toEqual([{ id: "p1" }]);
      const harmless = await runCli(["query", "RETURN 'we use // and /*' AS s", "--format", "json"], { env });
      expect(JSON.parse(harmless.stdout)).toEqual([{ s: "we use // and /*" }]);
      for (const attack of [
        "WITH 1 AS x //\rCALL dbms.listConfig() YIELD name RETURN name",
        "SHOW\u001eTRANSACTIONS",
        "USE system CALL dbms.components()",
      ]) {
        const out = await runCli(["query", attack], { env });
        expect(out.code).not.toBe(0);
        expect(out.stdout).toBe("");
        expect(out.stderr).toMatch(/refused, the graph is read-only here \(add --write/);
      }
    });
  });
});
