import { type Neo4jConnection, openDriver, runCypher } from "@paperkg/store";
import { runLoad } from "../helpers/loadGenerator.ts";
import { spawnServer } from "../helpers/spawnServer.ts";
import { CaseRecorder, type CaseReport } from "./CaseReport.ts";
import { mixedTraffic } from "./mixedTraffic.ts";

/** Ids to aim the traffic at: the most linked paper, benchmark and concept. */
export async function trafficIds(conn: Neo4jConnection) {
  const driver = openDriver(conn);
  try {
    const one = async (q: string) =>
      String((await runCypher(driver, q, {}, { database: conn.database })).rows[0]?.id ?? "none");
    return {
      paper: await one("MATCH (p:Paper)-->() RETURN p.id AS id, count(*) AS n ORDER BY n DESC, id LIMIT 1"),
      benchmark: await one("MATCH (b:Benchmark) RETURN b.id AS id ORDER BY b.paperCount DESC, id LIMIT 1"),
      entity: await one("MATCH (c:Concept) RETURN c.id AS id ORDER BY c.paperCount DESC, id LIMIT 1"),
    };
  } finally {
    await driver.close();
  }
}

/**
 * `seconds` of mixed API traffic at `connections` concurrent clients against `paperkg serve` in its
 * own process: no errors, latency percentiles, and no memory growth of 10% or more between the
 * start and the end of the run (asserted for runs of 60 s or more).
 */
export async function runLoadCase(
  conn: Neo4jConnection,
  seconds: number,
  connections = 32,
): Promise<CaseReport> {
  const rec = new CaseRecorder(`load: ${seconds} s mixed API traffic, ${connections} clients`);
  // The Cypher rate limit guards against one abusive client; this test is one client by design.
  process.env.PAPERKG_CYPHER_RATE_LIMIT ??= "1000000";
  const server = await spawnServer(conn, 17700 + (process.pid % 200));
  try {
    const ids = await trafficIds(conn);
    // Warm the query caches first, as a running server would be.
    // Warm up at full concurrency (JIT, query caches, heap growth), as a running server would be.
    await runLoad(server.url, mixedTraffic(ids), {
      connections,
      seconds: Math.min(10, Math.max(5, seconds / 6)),
    });
    const rss: number[] = [];
    const result = await runLoad(server.url, mixedTraffic(ids), {
      connections,
      seconds,
      onSecond: () => rss.push(server.rssMb()),
    });
    // Memory: mean RSS of the first vs the last 10 s, and the floor (lowest RSS) of the first vs the
    // last third. V8's heap saw-tooths by ±80 MB here (a major GC every 30–40 s), which moves either
    // figure alone by more than 10% depending on the phase; a leak raises both. Asserted for runs of
    // 60 s or more, printed always.
    const window = Math.max(1, Math.min(10, Math.floor(rss.length / 4)));
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
    const first = mean(rss.slice(0, window));
    const last = mean(rss.slice(-window));
    const growth = first > 0 ? (last - first) / first : 0;
    const third = Math.max(1, Math.floor(rss.length / 3));
    const floorFirst = Math.min(...rss.slice(0, third));
    const floorLast = Math.min(...rss.slice(-third));
    rec.check(result.errors === 0, `${result.errors} errors: ${JSON.stringify(result.statuses)}`);
    const floorGrowth = floorFirst > 0 ? (floorLast - floorFirst) / floorFirst : 0;
    if (seconds >= 60) {
      rec.check(
        Math.min(growth, floorGrowth) < 0.1,
        `server RSS grew ${(growth * 100).toFixed(1)}% (means) and ${(floorGrowth * 100).toFixed(1)}% (floors)`,
      );
    }
    return rec.report(
      `${result.requests} requests, ${result.rps} req/s, p50 ${result.p50} ms, p95 ${result.p95} ms, p99 ${result.p99} ms, errors ${result.errors}; RSS mean of first/last ${window} s ${first.toFixed(0)} → ${last.toFixed(0)} MB (${growth >= 0 ? "+" : ""}${(growth * 100).toFixed(1)}%), floor ${floorFirst.toFixed(0)} → ${floorLast.toFixed(0)} MB`,
    );
  } finally {
    await server.stop();
  }
}
