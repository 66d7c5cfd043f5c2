import type { Neo4jConnection } from "@paperkg/store";
import { rawHttp, rawRequest } from "../helpers/rawHttp.ts";
import { startTestServer } from "../helpers/startTestServer.ts";
import { CaseRecorder, type CaseReport } from "./CaseReport.ts";

const TOKEN = "reliability-token-51e0";
const QUERY = JSON.stringify({ query: "MATCH (p:Paper) RETURN p.id AS id LIMIT 1" });
const port = (url: string) => Number(new URL(url).port);

/** Spellings of an API route that clients normalise away; each routed one must meet the token check. */
function targets(p: number): { method: string; target: string; body?: string }[] {
  const cypher = ["/api/cypher", "/%61pi/cypher", "/ap%69/cypher", "/api/%63ypher", "/%41PI/cypher"];
  const absolute = [`http://127.0.0.1:${p}`, "http://evil.example", "http://localhost:1", "HTTP://x"];
  return [
    ...cypher.map((target) => ({ method: "POST", target, body: QUERY })),
    ...absolute.map((origin) => ({ method: "POST", target: `${origin}/api/cypher`, body: QUERY })),
    ...absolute.map((origin) => ({ method: "POST", target: `${origin}/%61pi/cypher`, body: QUERY })),
    ...[
      "//api/cypher",
      "/api//cypher",
      "/api%2Fcypher",
      "/./api/cypher",
      "/a/../api/cypher",
      "/%2561pi/cypher",
    ].map((target) => ({ method: "POST", target, body: QUERY })),
    ...[
      "/api/health",
      "/%61pi/health",
      "/api/graph?limit=3",
      "/api/%67raph?limit=3",
      "/api/nodes/benchmark%3Agsm8k",
      "/api/export?format=json&community=0",
      "/api/%65xport?format=json&community=0",
      "/api/papers?limit=1",
      `http://127.0.0.1:${p}/api/communities`,
    ].map((target) => ({ method: "GET", target })),
  ];
}

/**
 * Request targets against a server with a token, over a raw socket: without the token (or with a
 * wrong one) no spelling gets an API answer; with it, every routed spelling does.
 */
export async function runRequestTargetCases(conn: Neo4jConnection): Promise<CaseReport> {
  const rec = new CaseRecorder("security: request targets × token (raw socket)");
  const server = await startTestServer(conn, { token: TOKEN, cacheSeconds: 30 });
  const host = `127.0.0.1:${port(server.url)}`;
  let routed = 0;
  try {
    for (const { method, target, body } of targets(port(server.url))) {
      const withToken = await rawHttp(
        server.url,
        rawRequest(method, target, { host, body, headers: { authorization: `Bearer ${TOKEN}` } }),
      );
      const isApi =
        withToken.status === 200 &&
        /^application\/json|attachment/.test(
          `${withToken.headers["content-type"]} ${withToken.headers["content-disposition"] ?? ""}`,
        );
      if (isApi) routed++;
      for (const authorization of [undefined, "Bearer nope", `Bearer ${TOKEN.slice(0, -1)}`, TOKEN]) {
        const headers: Record<string, string> = authorization ? { authorization } : {};
        const res = await rawHttp(server.url, rawRequest(method, target, { host, body, headers }));
        const leaked = res.status === 200 && /application\/json/.test(res.headers["content-type"] ?? "");
        rec.check(
          !leaked && (!isApi || res.status === 401),
          `${method} ${target} with ${authorization ?? "no token"} → ${res.status}`,
        );
      }
    }
  } finally {
    await server.close();
  }
  return rec.report(`${routed} spellings reach a route with the token, none without`);
}

/** Host headers on a loopback server: its own names pass, any other name (DNS rebinding) gets 421. */
export async function runHostCases(conn: Neo4jConnection): Promise<CaseReport> {
  const rec = new CaseRecorder("security: Host names on a loopback bind");
  const server = await startTestServer(conn, { allowedHosts: ["paperkg.lab"] });
  const p = port(server.url);
  const cases: [string | null, number][] = [
    [`127.0.0.1:${p}`, 200],
    [`localhost:${p}`, 200],
    [`[::1]:${p}`, 200],
    [`LocalHost:${p}`, 200],
    [`paperkg.lab:${p}`, 200],
    [`evil.example:${p}`, 421],
    [`localhost.evil.example:${p}`, 421],
    [`127.0.0.1.evil.example:${p}`, 421],
    [`paperkg.lab.evil.example:${p}`, 421],
    [`evil.example:${p}@localhost`, 421],
    [`localhost:${p}/x`, 421],
    ["", 421],
    [null, 421],
  ];
  try {
    for (const [host, status] of cases) {
      for (const target of ["/api/health", "/", "/api/graph?limit=1"]) {
        const request =
          host === null ? `GET ${target} HTTP/1.0\r\n\r\n` : rawRequest("GET", target, { host });
        const res = await rawHttp(server.url, request);
        rec.check(res.status === status, `GET ${target} Host: ${host} → ${res.status}, expected ${status}`);
      }
    }
  } finally {
    await server.close();
  }
  return rec.report(`${cases.filter(([, s]) => s === 421).length} foreign names refused`);
}

/** Requests other sites' pages can make: refused with 403 on every API route; the app's own pass. */
export async function runCrossSiteCases(conn: Neo4jConnection): Promise<CaseReport> {
  const rec = new CaseRecorder("security: cross-site requests to the API");
  const server = await startTestServer(conn);
  const p = port(server.url);
  const host = `127.0.0.1:${p}`;
  const foreign: Record<string, string>[] = [
    { "sec-fetch-site": "cross-site" },
    { "sec-fetch-site": "same-site" },
    { origin: "https://evil.example" },
    { origin: `http://localhost:${p + 1}` },
    { origin: "null" },
    { "sec-fetch-site": "cross-site", origin: `http://${host}` },
  ];
  const own: Record<string, string>[] = [{}, { "sec-fetch-site": "same-origin", origin: `http://${host}` }];
  const exportBody = JSON.stringify({
    format: "csv",
    selector: { type: "cypher", query: "MATCH (n) RETURN n LIMIT 1" },
  });
  const routes = [
    { method: "POST", target: "/api/cypher", body: QUERY },
    { method: "POST", target: "/api/export", body: exportBody },
    { method: "GET", target: "/api/export?format=json&community=0" },
    { method: "GET", target: "/api/graph?limit=3" },
  ];
  try {
    for (const { method, target, body } of routes) {
      for (const headers of foreign) {
        const res = await rawHttp(server.url, rawRequest(method, target, { host, headers, body }));
        rec.check(res.status === 403, `${method} ${target} ${JSON.stringify(headers)} → ${res.status}`);
      }
      for (const headers of own) {
        const res = await rawHttp(server.url, rawRequest(method, target, { host, headers, body }));
        rec.check(res.status === 200, `${method} ${target} ${JSON.stringify(headers)} → ${res.status}`);
      }
    }
    // An <img> or a link: a Cypher export by GET never runs.
    const q = encodeURIComponent("MATCH (n) RETURN n LIMIT 1");
    const img = await rawHttp(server.url, rawRequest("GET", `/api/export?format=json&cypher=${q}`, { host }));
    rec.check(img.status === 405, `GET export with cypher → ${img.status}`);
  } finally {
    await server.close();
  }
  return rec.report(`${foreign.length} foreign marks × ${routes.length} routes refused`);
}
