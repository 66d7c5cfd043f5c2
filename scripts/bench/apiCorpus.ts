/**
 * bench:api:corpus — the API on the 68,667-paper corpus graph with the response cache off
 * (`PAPERKG_CACHE_SECONDS=0`), served by `paperkg serve` in its own process on the benchmarks' own
 * Neo4j. The corpus is ingested in process (`runIngest`) only when that Neo4j does not hold it yet.
 * Three servers side by side (`configs`, comma-separated, default all): Neo4j answering every read
 * (`neo4j`), the read model (`model`), both with the cache off, and the read model with the 30 s
 * response cache (`cached`). For each it prints, per route, one user's median/p95/worst and the
 * largest answer, then `connections` clients of mixed traffic (the click path alone, then with
 * the communities overview mixed in): p50/p95 per route and overall, requests/s, errors.
 * Targets (issue 18): click path p95 ≤ 50 ms, overview ≤ 200 ms, no click answer over 200 KB.
 *   pnpm bench:api:corpus [seconds=20] [connections=32] [configs=neo4j,model,cached] [file]
 */
import { readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { stateDir } from "@paperkg/neo4j-launcher";
import { runIngest } from "@paperkg/pipeline";
import { runCypher } from "@paperkg/store";
import { type LoadRequest, runLoad } from "@paperkg/test/helpers/loadGenerator";
import { spawnServer } from "@paperkg/test/helpers/spawnServer";
import { openDriver, startBenchNeo4j, wipe } from "./benchNeo4j.ts";

const [secondsArg, connectionsArg, configsArg, fileArg] = process.argv.slice(2);
const seconds = Number(secondsArg ?? 20);
const connections = Number(connectionsArg ?? 32);
const input = fileArg ?? "../shared/data/corpus/arxiv_ml_abstracts.jsonl.gz";
/** Servers compared side by side in one run: Neo4j answering every read, then the read model, then with the cache. */
const CONFIGS = [
  {
    name: "neo4j",
    label: "Neo4j only (PAPERKG_READ_MODEL=0), cache off",
    env: { PAPERKG_READ_MODEL: "0", PAPERKG_CACHE_SECONDS: "0" },
  },
  {
    name: "model",
    label: "read model, cache off",
    env: { PAPERKG_READ_MODEL: "1", PAPERKG_CACHE_SECONDS: "0" },
  },
  {
    name: "cached",
    label: "read model, 30 s response cache on",
    env: { PAPERKG_READ_MODEL: "1", PAPERKG_CACHE_SECONDS: "30" },
  },
] as const;
/** CPU seconds (user + system) process `pid` has used, from /proc; null when it cannot be read. */
function cpuSeconds(pid: number): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}
const neo4jPid = () => Number(readFileSync(`${stateDir("neo4j-bench")}/neo4j.pid`, "utf8").trim());

/** Fewer papers than this in the bench graph means it holds something else (the samples): ingest. */
const CORPUS_MIN_PAPERS = 60_000;

const neo4j = await startBenchNeo4j();
const conn = neo4j.connection;
const driver = openDriver(conn);
const cypher = async (q: string) => (await runCypher(driver, q, {}, { database: conn.database })).rows;
try {
  const [count] = await cypher("MATCH (p:Paper) RETURN count(p) AS n");
  if (Number(count?.n ?? 0) < CORPUS_MIN_PAPERS) {
    process.stderr.write(`bench:api:corpus: ingesting ${input} (about 3 minutes)…\n`);
    await wipe(driver, conn.database);
    const t0 = performance.now();
    await runIngest({ inputs: [input], connection: conn });
    process.stderr.write(`bench:api:corpus: ingest ${((performance.now() - t0) / 1000).toFixed(0)} s\n`);
  }
  const ids = async (q: string) => (await cypher(q)).map((r) => String(r.id));
  const papers = await ids(
    "MATCH (p:Paper) WITH p ORDER BY p.id WITH collect(p.id) AS ids UNWIND range(0, 9) AS i RETURN ids[i * (size(ids) / 10)] AS id",
  );
  const entities = await ids(
    "MATCH (e) WHERE e.paperCount >= 5 AND e.paperCount <= 300 WITH e ORDER BY e.id WITH collect(e.id) AS ids UNWIND range(0, 9) AS i RETURN ids[i * (size(ids) / 10)] AS id",
  );
  const hubs = await ids(
    "MATCH (e) WHERE e.paperCount IS NOT NULL RETURN e.id AS id ORDER BY e.paperCount DESC, id LIMIT 20",
  );
  const [papersInGraph] = await cypher("MATCH (p:Paper) RETURN count(p) AS n");
  const e = encodeURIComponent;
  const searches = [
    "Self-Rewarding Language Models",
    "gsm8k",
    "reinforcement learning",
    "reinforcment lerning",
    "diffusion",
    "qwen",
    "agent",
    "vision transformer",
  ];
  const routes: Record<string, string[]> = {
    "node paper": papers.map((id) => `/api/nodes/${e(id)}`),
    "node entity": entities.map((id) => `/api/nodes/${e(id)}`),
    "node hub (20 biggest)": hubs.map((id) => `/api/nodes/${e(id)}`),
    "neighbours entity": entities.map((id) => `/api/nodes/${e(id)}/neighbors?depth=1&limit=200`),
    "neighbours hub": hubs.map((id) => `/api/nodes/${e(id)}/neighbors?depth=1&limit=200`),
    "neighbours paper": papers.map((id) => `/api/nodes/${e(id)}/neighbors?depth=1&limit=200`),
    "two hops, 5 biggest hubs": hubs
      .slice(0, 5)
      .map((id) => `/api/nodes/${e(id)}/neighbors?depth=2&limit=200`),
    "two hops, paper": papers.slice(0, 3).map((id) => `/api/nodes/${e(id)}/neighbors?depth=2&limit=200`),
    "shared benchmarks": papers.map((id) => `/api/papers/${e(id)}/shared-benchmarks`),
    search: searches.map((q) => `/api/search?q=${e(q)}`),
    "graph communities": ["/api/graph?view=communities&packed=1"],
    benchmarks: ["/api/benchmarks"],
    "graph default": ["/api/graph"],
  };

  const mixedRoutes = [
    "node paper",
    "node entity",
    "node hub (20 biggest)",
    "neighbours entity",
    "neighbours hub",
    "shared benchmarks",
    "search",
    "graph communities",
  ];
  const mixed: LoadRequest[] = mixedRoutes.flatMap((name) =>
    routes[name]!.map((path) => ({ method: "GET" as const, path, name })),
  );
  // Shuffled with a fixed seed so every client sees every route early.
  let seed = 7;
  const rand = () => {
    seed = (seed * 16807) % 2147483647;
    return seed / 2147483647;
  };
  for (let i = mixed.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [mixed[i], mixed[j]] = [mixed[j]!, mixed[i]!];
  }
  // Twice: the click path alone, then with the communities overview in the mix (as issue 18's
  // baseline), whose cost is the community graph's, not the click path's.
  const mixes = [
    ["click path", mixed.filter((r) => r.name !== "graph communities")],
    ["click path + communities overview", mixed],
  ] as const;

  process.env.PAPERKG_CYPHER_RATE_LIMIT ??= "1000000";
  const port = Number(process.env.PAPERKG_BENCH_API_PORT ?? 17799);
  for (const config of CONFIGS.filter(
    (c) => configsArg === undefined || configsArg.split(",").includes(c.name),
  )) {
    const server = await spawnServer(conn, port, config.env);
    try {
      let loaded = "";
      if (config.env.PAPERKG_READ_MODEL !== "0") {
        const deadline = Date.now() + 600_000;
        while (!/read model loaded/.test(server.stderr())) {
          if (Date.now() > deadline) throw new Error(`bench:api:corpus: no read model: ${server.stderr()}`);
          await new Promise((r) => setTimeout(r, 250));
        }
        const line = JSON.parse(
          server
            .stderr()
            .split("\n")
            .find((l) => l.includes("read model loaded"))!,
        );
        loaded = `; read model ${line.nodes} nodes, ${line.links} links loaded in ${(line.ms / 1000).toFixed(1)} s, server RSS ${server.rssMb().toFixed(0)} MB`;
      }
      const single: string[] = [];
      for (const [name, paths] of Object.entries(routes)) {
        const passes = paths.length === 1 ? 5 : 2;
        const times: number[] = [];
        let bytes = 0;
        const failed: number[] = [];
        for (let pass = -1; pass < passes; pass++) {
          for (const path of paths) {
            const t0 = performance.now();
            const res = await fetch(server.url + path);
            const body = await res.arrayBuffer();
            if (!res.ok) failed.push(res.status);
            if (pass >= 0) times.push(performance.now() - t0);
            bytes = Math.max(bytes, body.byteLength);
          }
        }
        times.sort((a, b) => a - b);
        const at = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!.toFixed(0);
        single.push(
          `| ${name} | ${times.length} | ${at(0.5)} | ${at(0.95)} | ${times.at(-1)!.toFixed(0)} | ${(bytes / 1024).toFixed(0)} | ${failed.length ? failed.join(" ") : "none"} |`,
        );
      }
      const results = [];
      for (const [label, requests] of mixes) {
        await runLoad(server.url, requests, { connections, seconds: 5 });
        // CPU per answered request, per process: what the load costs whatever else runs on the machine.
        const pids = { server: server.pid, neo4j: neo4jPid() };
        const before = {
          server: cpuSeconds(pids.server),
          neo4j: cpuSeconds(pids.neo4j),
          load: process.cpuUsage(),
        };
        const r = await runLoad(server.url, requests, { connections, seconds });
        const per = (a: number | null, b: number | null) =>
          a === null || b === null ? "?" : (((b - a) * 1000) / r.requests).toFixed(2);
        const load = process.cpuUsage(before.load);
        const cpu = `CPU per request: server ${per(before.server, cpuSeconds(pids.server))} ms, Neo4j ${per(before.neo4j, cpuSeconds(pids.neo4j))} ms, load generator ${((load.user + load.system) / 1000 / r.requests).toFixed(2)} ms`;
        results.push({ label, r, cpu });
      }

      console.log(
        `\n## ${config.label} — ${papersInGraph?.n} papers${loaded} (load average ${loadavg()[0]!.toFixed(1)})`,
      );
      console.log("\nOne user (ms; KB = largest answer)");
      console.log("| route | requests | median | p95 | worst | KB | errors |\n|---|---|---|---|---|---|---|");
      for (const row of single) console.log(row);
      for (const { label, r, cpu } of results) {
        console.log(`\n${connections} clients × ${seconds} s mixed traffic (${label})`);
        console.log("| route | requests | p50 ms | p95 ms |\n|---|---|---|---|");
        for (const [name, st] of Object.entries(r.byName))
          console.log(`| ${name} | ${st.requests} | ${st.p50} | ${st.p95} |`);
        console.log(`| **all** | ${r.requests} | ${r.p50} | ${r.p95} |`);
        console.log(
          `${r.rps} requests/s, p99 ${r.p99} ms, worst ${r.max} ms, errors ${r.errors} ${JSON.stringify(r.statuses)}`,
        );
        console.log(cpu);
      }
    } finally {
      await server.stop();
    }
  }
} finally {
  await driver.close();
  await neo4j.release();
}
