import { runIngest } from "@paperkg/pipeline";
import { openDriver } from "@paperkg/store";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { rawHttp } from "../helpers/rawHttp.ts";
import { startTestServer, type TestServer } from "../helpers/startTestServer.ts";
import { wipeDatabase } from "../helpers/wipeDatabase.ts";

const post = (url: string, path: string, body: unknown) =>
  fetch(`${url}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });

/** A string of `n` characters built in Cypher: one row, any size. */
const bigRow = (n: number) => `RETURN reduce(s = '', i IN range(1, ${n / 10}) | s + '0123456789') AS big`;

describe("HTTP API limits", () => {
  const conn = inject("neo4j");
  let small: TestServer;

  beforeAll(async () => {
    const driver = openDriver(conn);
    await wipeDatabase(driver, conn.database);
    await driver.close();
    await runIngest({ inputs: ["data/samples"], connection: conn });
    small = await startTestServer(conn, { cypherMaxBytes: 20_000, requestTimeoutMs: 1_000 });
  });
  afterAll(async () => {
    await small?.close();
  });

  it("refuses a Cypher answer over the byte cap with 422 RESULT_TOO_LARGE, however few its rows", async () => {
    const cases: [string, number][] = [
      [bigRow(1_000), 200],
      [bigRow(19_000), 200],
      [bigRow(30_000), 422],
      [`UNWIND range(1, 500) AS i ${bigRow(100).replace("RETURN", "RETURN i,")}`, 422],
      ["UNWIND range(1, 100) AS i RETURN i", 200],
    ];
    for (const [query, status] of cases) {
      const res = await post(small.url, "/api/cypher", { query });
      expect(res.status, query).toBe(status);
      const body = (await res.json()) as { error?: { code: string; message: string } };
      if (status === 422) {
        expect(body.error?.code).toBe("RESULT_TOO_LARGE");
        expect(body.error?.message).toContain("PAPERKG_CYPHER_MAX_BYTES");
      }
    }
    // A Cypher export is held to the same cap: 261 abstracts take far more than 20 kB.
    const exports: [string, number][] = [
      ["MATCH (p:Paper) RETURN p", 422],
      ["MATCH (p:Paper) RETURN p ORDER BY p.id LIMIT 1", 200],
    ];
    for (const [query, status] of exports) {
      const res = await post(small.url, "/api/export", {
        format: "json",
        selector: { type: "cypher", query },
      });
      expect(res.status, query).toBe(status);
    }
    // Exports by selector are not Cypher answers: no cap.
    expect((await fetch(`${small.url}/api/export?format=json&community=0`)).status).toBe(200);
  });

  it("answers 503 BUSY with Retry-After when heavy queries are over the bound, and serves the rest", async () => {
    const gated = await startTestServer(conn, { maxHeavyQueries: 1, maxWaitingQueries: 1 });
    try {
      const slow = { query: "UNWIND range(1, 4000000) AS i RETURN sum(i) AS s" };
      const answers = await Promise.all(
        Array.from({ length: 8 }, async () => {
          const res = await post(gated.url, "/api/cypher", slow);
          const body = (await res.json()) as { error?: { code: string }; rows?: unknown[] };
          return { status: res.status, retryAfter: res.headers.get("retry-after"), body };
        }),
      );
      const busy = answers.filter((a) => a.status === 503);
      const served = answers.filter((a) => a.status === 200);
      expect(busy.length + served.length).toBe(8);
      expect(busy.length).toBeGreaterThan(0);
      expect(served.length).toBeGreaterThanOrEqual(2);
      for (const a of busy) {
        expect(a.body.error?.code).toBe("BUSY");
        expect(Number(a.retryAfter)).toBeGreaterThan(0);
      }
      for (const a of served) expect(a.body.rows).toEqual([{ s: 8000002000000 }]);
      // Light routes do not queue behind the gate.
      expect((await fetch(`${gated.url}/api/health`)).status).toBe(200);
    } finally {
      await gated.close();
    }
  });

  it("closes a connection whose request never finishes (slow headers, slow body)", async () => {
    const partials = [
      "GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ",
      'POST /api/cypher HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"query":',
    ];
    for (const partial of partials) {
      const res = await rawHttp(small.url, partial, 60_000);
      expect([0, 408]).toContain(res.status);
    }
  });

  it("refuses bodies over 256 kB with 413", async () => {
    const res = await post(small.url, "/api/cypher", {
      query: "RETURN 1",
      params: { pad: "x".repeat(300_000) },
    });
    expect(res.status).toBe(413);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("BODY_TOO_LARGE");
  });

  it("logs each 5xx answer as one JSON line on stderr, without the query or the token", async () => {
    const down = await startTestServer({ ...conn, uri: "bolt://127.0.0.1:1" }, { token: "hidden-token" });
    const lines: string[] = [];
    const write = process.stderr.write.bind(process.stderr);
    process.stderr.write = ((chunk: string | Uint8Array, ...rest: never[]) => {
      lines.push(String(chunk));
      return write(chunk, ...rest);
    }) as typeof process.stderr.write;
    try {
      const auth = { authorization: "Bearer hidden-token", "content-type": "application/json" };
      expect((await fetch(`${down.url}/api/graph?limit=5`, { headers: auth })).status).toBe(503);
      const cypher = await fetch(`${down.url}/api/cypher`, {
        method: "POST",
        headers: auth,
        body: JSON.stringify({ query: "MATCH (secretLabel) RETURN 1" }),
      });
      expect(cypher.status).toBe(503);
      expect((await fetch(`${down.url}/api/graph?limit=0`, { headers: auth })).status).toBe(400);
    } finally {
      process.stderr.write = write;
      await down.close();
    }
    const logged = lines
      .flatMap((l) => l.split("\n"))
      .filter((l) => l.includes('"paperkg-server"'))
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(logged.map((l) => [l.route, l.status, l.code])).toEqual([
      ["/api/graph", 503, "DATABASE_UNAVAILABLE"],
      ["/api/cypher", 503, "DATABASE_UNAVAILABLE"],
    ]);
    const text = JSON.stringify(logged);
    expect(text).not.toContain("hidden-token");
    expect(text).not.toContain("secretLabel");
    expect(logged.every((l) => typeof l.time === "string" && l.level === "error")).toBe(true);
  });
});
