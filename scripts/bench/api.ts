/**
 * bench:api — the API on the samples graph, served by `paperkg serve` in its own process, on the
 * benchmarks' own Neo4j: neighbour expansion and search at 32 concurrent clients (p50/p95/p99,
 * requests/s; target p95 ≤ 50 ms), and the samples' `GET /api/graph` one request at a time
 * (target ≤ 200 ms).
 *   pnpm bench:api [seconds=20] [connections=32]
 */

import { type LoadRequest, runLoad } from "@paperkg/test/helpers/loadGenerator";
import { spawnServer } from "@paperkg/test/helpers/spawnServer";
import { trafficIds } from "@paperkg/test/reliability/loadCase";
import { startBenchSamplesGraph } from "./benchNeo4j.ts";

const [seconds = 20, connections = 32] = process.argv.slice(2).map(Number);
const neo4j = await startBenchSamplesGraph();
const conn = neo4j.connection;
try {
  const rows: string[] = [];
  const graphRows: string[] = [];
  for (const cache of ["0", "30"]) {
    process.env.PAPERKG_CACHE_SECONDS = cache;
    const label = cache === "0" ? "no cache" : "30 s response cache";
    const server = await spawnServer(conn, 17799);
    try {
      const ids = await trafficIds(conn);
      const e = encodeURIComponent;
      const neighbours: LoadRequest[] = [
        { method: "GET", path: `/api/nodes/${e(ids.benchmark)}/neighbors?depth=1` },
        { method: "GET", path: `/api/nodes/${e(ids.paper)}/neighbors?depth=1` },
        { method: "GET", path: `/api/nodes/${e(ids.entity)}/neighbors?depth=1&limit=200` },
        { method: "GET", path: `/api/nodes/${e(ids.benchmark)}/neighbors?depth=2&limit=200` },
      ];
      const search: LoadRequest[] = [
        "gsm8k",
        "reinforcement learning",
        "reinforcment lerning",
        "diffusion",
        "qwen",
        "agent",
      ].map((q) => ({ method: "GET", path: `/api/search?q=${e(q)}` }));
      for (const [name, reqs] of [
        ["neighbour expansion", neighbours],
        ["search", search],
      ] as const) {
        await runLoad(server.url, reqs, { connections, seconds: 3 });
        const r = await runLoad(server.url, reqs, { connections, seconds });
        rows.push(
          `| ${name} | ${label} | ${connections} | ${r.requests} | ${r.rps} | ${r.p50} | ${r.p95} | ${r.p99} | ${r.errors} |`,
        );
      }
      const graphTimes: number[] = [];
      for (let i = 0; i < 20; i++) {
        const t0 = performance.now();
        const res = await fetch(`${server.url}/api/graph?limit=50000`);
        await res.arrayBuffer();
        graphTimes.push(performance.now() - t0);
      }
      graphTimes.sort((a, b) => a - b);
      graphRows.push(
        `GET /api/graph (whole samples graph, ${label}), 20 sequential requests: median ${graphTimes[10]!.toFixed(0)} ms, worst ${graphTimes.at(-1)!.toFixed(0)} ms (target ≤ 200 ms)`,
      );
    } finally {
      await server.stop();
    }
  }
  console.log("\n| route | server | clients | requests | req/s | p50 ms | p95 ms | p99 ms | errors |");
  console.log("|---|---|---|---|---|---|---|---|---|");
  for (const row of rows) console.log(row);
  console.log("");
  for (const row of graphRows) console.log(row);
} finally {
  await neo4j.release();
}
