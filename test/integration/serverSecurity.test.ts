import { runIngest } from "@paperkg/pipeline";
import { openDriver } from "@paperkg/store";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { rawHttp, rawRequest } from "../helpers/rawHttp.ts";
import { startTestServer, type TestServer } from "../helpers/startTestServer.ts";
import { wipeDatabase } from "../helpers/wipeDatabase.ts";

const TOKEN = "test-token-4f1c";
const QUERY = JSON.stringify({ query: "MATCH (p:Paper) RETURN p.id AS id LIMIT 2" });

/**
 * Spellings of `/api/cypher` a client library would normalise away: the router decodes percent
 * escapes and takes absolute-form targets, so each one that routes must meet the token check.
 */
const CYPHER_TARGETS = (port: number): [string, "routed" | "unrouted"][] => [
  ["/api/cypher", "routed"],
  ["/%61pi/cypher", "routed"],
  ["/ap%69/cypher", "routed"],
  ["/api/%63ypher", "routed"],
  ["/%61%70%69/%63%79%70%68%65%72", "routed"],
  ["/api/cypher?token=test-token-4f1c", "routed"],
  [`http://127.0.0.1:${port}/api/cypher`, "routed"],
  ["http://evil.example/api/cypher", "routed"],
  ["http://127.0.0.1:1/%61pi/cypher", "routed"],
  ["/api%2Fcypher", "unrouted"],
  ["/api%2fcypher", "unrouted"],
  ["//api/cypher", "unrouted"],
  ["/api//cypher", "unrouted"],
  ["/./api/cypher", "unrouted"],
  ["/x/../api/cypher", "unrouted"],
  ["/%2561pi/cypher", "unrouted"],
];

const GET_TARGETS = [
  "/api/health",
  "/%61pi/health",
  "/api/communities",
  "/api/%63ommunities",
  "/api/graph?limit=5",
  "/api/nodes/benchmark%3Agsm8k",
  "/api/%6Eodes/benchmark:gsm8k/neighbors",
  "/api/export?format=json&community=0",
  "/api/%65xport?format=json&community=0",
];

describe("HTTP API security", () => {
  const conn = inject("neo4j");
  let open: TestServer;
  let locked: TestServer;
  let port: (s: TestServer) => number;
  const host = (s: TestServer) => `127.0.0.1:${port(s)}`;

  beforeAll(async () => {
    const driver = openDriver(conn);
    await wipeDatabase(driver, conn.database);
    await driver.close();
    await runIngest({ inputs: ["data/samples"], connection: conn });
    open = await startTestServer(conn);
    // The cache on: a cached answer must not skip the token check.
    locked = await startTestServer(conn, { token: TOKEN, cacheSeconds: 60 });
    port = (s) => Number(new URL(s.url).port);
  });
  afterAll(async () => {
    await open?.close();
    await locked?.close();
  });

  it("no spelling of a request target reaches /api/cypher without the token", async () => {
    for (const [target, kind] of CYPHER_TARGETS(port(locked))) {
      const bare = await rawHttp(locked.url, rawRequest("POST", target, { host: host(locked), body: QUERY }));
      // An unrouted spelling gets the 404 or the app's page, never an API answer.
      if (kind === "routed") expect(bare.status, target).toBe(401);
      expect(bare.body, target).not.toContain('"columns"');
      if (kind === "routed") {
        expect(JSON.parse(bare.body).error.code, target).toBe("UNAUTHORIZED");
        expect(bare.headers["www-authenticate"], target).toMatch(/^Bearer/);
      }
      const authorised = await rawHttp(
        locked.url,
        rawRequest("POST", target, {
          host: host(locked),
          body: QUERY,
          headers: { authorization: `Bearer ${TOKEN}` },
        }),
      );
      if (kind === "routed") expect(JSON.parse(authorised.body).rows, target).toHaveLength(2);
      else expect(authorised.body, target).not.toContain('"columns"');
    }
  });

  it("every GET route asks for the token, also when its answer is cached", async () => {
    for (const target of GET_TARGETS) {
      const ok = await rawHttp(
        locked.url,
        rawRequest("GET", target, { host: host(locked), headers: { authorization: `Bearer ${TOKEN}` } }),
      );
      expect(ok.status, target).toBe(200);
      const again = await rawHttp(
        locked.url,
        rawRequest("GET", target, { host: host(locked), headers: { authorization: `Bearer ${TOKEN}` } }),
      );
      expect(again.status, target).toBe(200);
      for (const authorization of [undefined, "Bearer wrong", `Bearer ${TOKEN}x`, `Basic ${TOKEN}`, TOKEN]) {
        const headers: Record<string, string> = authorization ? { authorization } : {};
        const res = await rawHttp(locked.url, rawRequest("GET", target, { host: host(locked), headers }));
        expect(res.status, `${target} with ${authorization}`).toBe(401);
        expect(res.headers["x-paperkg-cache"], target).toBeUndefined();
      }
    }
  });

  it("the web app is served without the token; the API is not", async () => {
    expect((await rawHttp(locked.url, rawRequest("GET", "/", { host: host(locked) }))).status).toBe(200);
  });

  it("a loopback server answers only to its own host names (DNS rebinding)", async () => {
    const p = port(open);
    const cases: [string | undefined, number][] = [
      [`127.0.0.1:${p}`, 200],
      [`localhost:${p}`, 200],
      [`LOCALHOST:${p}`, 200],
      [`[::1]:${p}`, 200],
      ["localhost", 200],
      [`evil.example:${p}`, 421],
      ["evil.example", 421],
      [`localhost.evil.example:${p}`, 421],
      [`127.0.0.1.nip.example:${p}`, 421],
      [`user@localhost:${p}`, 421],
      ["", 421],
    ];
    for (const [hostHeader, status] of cases) {
      for (const target of ["/api/health", "/"]) {
        const res = await rawHttp(open.url, rawRequest("GET", target, { host: hostHeader }));
        expect(res.status, `${target} Host: ${hostHeader}`).toBe(status);
        if (status === 421) expect(JSON.parse(res.body).error.code).toBe("HOST_NOT_ALLOWED");
      }
    }
    const noHost = await rawHttp(open.url, "GET /api/health HTTP/1.0\r\n\r\n");
    expect(noHost.status).toBe(421);
  });

  it("names in allowedHosts are accepted too", async () => {
    const lab = await startTestServer(conn, { allowedHosts: ["paperkg.lab", "graphs.example:8080"] });
    try {
      for (const [name, status] of [
        ["paperkg.lab", 200],
        ["graphs.example", 200],
        ["localhost", 200],
        ["other.lab", 421],
      ] as const) {
        const res = await rawHttp(
          lab.url,
          rawRequest("GET", "/api/health", { host: `${name}:${port(lab)}` }),
        );
        expect(res.status, name).toBe(status);
      }
    } finally {
      await lab.close();
    }
  });

  it("refuses other sites' pages running Cypher or exports; the app and programs pass", async () => {
    const p = port(open);
    const cases: [string, string, Record<string, string>, number][] = [
      ["POST", "/api/cypher", { "sec-fetch-site": "cross-site", origin: "https://evil.example" }, 403],
      ["POST", "/api/cypher", { origin: "https://evil.example" }, 403],
      ["POST", "/api/cypher", { origin: `http://localhost:${p + 1}` }, 403],
      ["POST", "/api/cypher", { "sec-fetch-site": "same-site", origin: `http://localhost:${p + 1}` }, 403],
      ["POST", "/api/cypher", { origin: "null" }, 403],
      ["POST", "/api/export", { "sec-fetch-site": "cross-site" }, 403],
      ["GET", "/api/export?format=json&community=0", { "sec-fetch-site": "cross-site" }, 403],
      ["GET", "/api/graph?limit=5", { "sec-fetch-site": "cross-site" }, 403],
      ["POST", "/api/cypher", { "sec-fetch-site": "same-origin", origin: `http://127.0.0.1:${p}` }, 200],
      ["POST", "/api/cypher", {}, 200],
      ["GET", "/api/export?format=json&community=0", { "sec-fetch-site": "same-origin" }, 200],
      ["GET", "/api/health", { "sec-fetch-site": "none" }, 200],
    ];
    for (const [method, target, headers, status] of cases) {
      const body =
        method === "POST"
          ? target === "/api/export"
            ? JSON.stringify({
                format: "json",
                selector: { type: "cypher", query: "MATCH (p:Paper) RETURN p LIMIT 1" },
              })
            : QUERY
          : undefined;
      const res = await rawHttp(
        open.url,
        rawRequest(method, target, { host: `127.0.0.1:${p}`, headers, body }),
      );
      expect(res.status, `${method} ${target} ${JSON.stringify(headers)}`).toBe(status);
      if (status === 403) expect(JSON.parse(res.body).error.code).toBe("CROSS_SITE_REFUSED");
    }
    // An <img> can only GET: a Cypher export by GET never runs.
    const img = await rawHttp(
      open.url,
      rawRequest(
        "GET",
        `/api/export?format=json&cypher=${encodeURIComponent("MATCH (n) RETURN n LIMIT 1")}`,
        {
          host: `127.0.0.1:${p}`,
          headers: { "sec-fetch-site": "same-origin" },
        },
      ),
    );
    expect(img.status).toBe(405);
  });

  it("security headers on the app, the API, errors and 404s", async () => {
    const targets = ["/", "/api/health", "/api/nope", "/api/graph?limit=0"];
    for (const target of targets) {
      const res = await rawHttp(open.url, rawRequest("GET", target, { host: host(open) }));
      const csp = res.headers["content-security-policy"] ?? "";
      expect(csp, target).toContain("frame-ancestors 'none'");
      expect(csp, target).toMatch(/script-src 'self'(;|$)/);
      expect(csp, target).not.toMatch(/script-src[^;]*unsafe-inline/);
      expect(res.headers["x-content-type-options"], target).toBe("nosniff");
      expect(res.headers["referrer-policy"], target).toBe("no-referrer");
    }
    const unauthorised = await rawHttp(locked.url, rawRequest("GET", "/api/health", { host: host(locked) }));
    expect(unauthorised.headers["x-content-type-options"]).toBe("nosniff");
  });
});
