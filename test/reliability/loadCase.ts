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
 * own process: no errors, latency percentiles, and growth of the server's memory floor (lowest RSS
 * in the first vs the last third of the run) under 10%.
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
    // V8's heap saw-tooths by ±80 MB under this load (major GCs every 30–40 s), so a leak shows in
    // the floor: the lowest RSS in the first third against the lowest in the last third.
    const third = Math.max(1, Math.floor(rss.length / 3));
    const first = Math.min(...rss.slice(0, third));
    const last = Math.min(...rss.slice(-third));
    const growth = first > 0 ? (last - first) / first : 0;
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
    const window = Math.min(10, third);
    rec.check(result.errors === 0, `${result.errors} errors: ${JSON.stringify(result.statuses)}`);
    rec.check(
      growth < 0.1,
      `server RSS floor grew ${(growth * 100).toFixed(1)}% (${first.toFixed(0)} → ${last.toFixed(0)} MB)`,
    );
    return rec.report(
      `${result.requests} requests, ${result.rps} req/s, p50 ${result.p50} ms, p95 ${result.p95} ms, p99 ${result.p99} ms, errors ${result.errors}; RSS floor ${first.toFixed(0)} → ${last.toFixed(0)} MB (${(growth * 100).toFixed(1)}%), mean of first/last ${window} s ${mean(rss.slice(0, window)).toFixed(0)} → ${mean(rss.slice(-window)).toFixed(0)} MB`,
    );
  } finally {
    await server.stop();
  }
}
