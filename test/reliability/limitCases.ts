import type { Neo4jConnection } from "@paperkg/store";
import { rawHttp } from "../helpers/rawHttp.ts";
import { startTestServer } from "../helpers/startTestServer.ts";
import { CaseRecorder, type CaseReport } from "./CaseReport.ts";

const post = (url: string, path: string, body: unknown) =>
  fetch(`${url}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });

/** One row of `n` characters. */
const bigRow = (n: number) => `RETURN reduce(s = '', i IN range(1, ${n / 10}) | s + '0123456789') AS big`;

/**
 * The server's limits: the byte cap on Cypher answers (one huge row, many small ones, a Cypher
 * export), the heavy-query gate under a burst, slow requests closed, oversized bodies refused.
 */
export async function runLimitCases(conn: Neo4jConnection, burst = 16): Promise<CaseReport> {
  const rec = new CaseRecorder("security: limits (byte cap, heavy-query gate, slow requests, bodies)");
  const server = await startTestServer(conn, {
    cypherMaxBytes: 50_000,
    maxHeavyQueries: 2,
    maxWaitingQueries: 2,
    requestTimeoutMs: 1_000,
  });
  let notes = "";
  try {
    const capped: [string, number][] = [
      [bigRow(10_000), 200],
      [bigRow(100_000), 422],
      [bigRow(1_000_000), 422],
      [`UNWIND range(1, 2000) AS i ${bigRow(100).replace("RETURN", "RETURN i,")}`, 422],
      ["UNWIND range(1, 1000) AS i RETURN i", 200],
    ];
    for (const [query, status] of capped) {
      const res = await post(server.url, "/api/cypher", { query });
      const body = (await res.json()) as { error?: { code: string } };
      rec.check(
        res.status === status && (status !== 422 || body.error?.code === "RESULT_TOO_LARGE"),
        `${query.slice(0, 60)} → ${res.status} ${body.error?.code ?? ""}`,
      );
    }
    const exported = await post(server.url, "/api/export", {
      format: "json",
      selector: { type: "cypher", query: "MATCH (p:Paper) RETURN p" },
    });
    rec.check(exported.status === 422, `Cypher export of every paper → ${exported.status}`);

    const slow = { query: "UNWIND range(1, 3000000) AS i RETURN sum(i) AS s" };
    const started = performance.now();
    const answers = await Promise.all(
      Array.from({ length: burst }, async () => {
        const res = await post(server.url, "/api/cypher", slow);
        await res.arrayBuffer();
        return { status: res.status, retryAfter: Number(res.headers.get("retry-after") ?? 0) };
      }),
    );
    const busy = answers.filter((a) => a.status === 503);
    const served = answers.filter((a) => a.status === 200);
    rec.check(
      busy.length + served.length === burst,
      `burst statuses ${answers.map((a) => a.status).join(",")}`,
    );
    rec.check(busy.length > 0 && served.length >= 2, `burst: ${served.length} served, ${busy.length} busy`);
    rec.check(
      busy.every((a) => a.retryAfter > 0),
      "every 503 carries Retry-After",
    );
    notes += `burst of ${burst} heavy queries (2 run, 2 wait): ${served.length} served, ${busy.length} × 503 in ${Math.round(performance.now() - started)} ms; `;

    const partials = [
      "GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ",
      'POST /api/cypher HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"query":',
    ];
    for (const partial of partials) {
      const t = performance.now();
      const res = await rawHttp(server.url, partial, 60_000);
      rec.check(res.status === 0 || res.status === 408, `unfinished request → ${res.status}`);
      notes += `unfinished request closed after ${Math.round(performance.now() - t)} ms (${res.status || "closed"}); `;
    }
    const big = await post(server.url, "/api/cypher", {
      query: "RETURN 1",
      params: { pad: "x".repeat(400_000) },
    });
    rec.check(big.status === 413, `400 kB body → ${big.status}`);
  } finally {
    await server.close();
  }
  return rec.report(notes.trim());
}
