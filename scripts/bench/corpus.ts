/**
 * bench:corpus — the whole 68,667-paper corpus from the raw file to a loaded graph with
 * communities and layout stored, through the real CLI, on a Neo4j of the benchmark's own (wiped
 * first). Prints time per stage, wall time and peak RSS. Target: ≤ 3 minutes on 2 cores.
 *   pnpm bench:corpus [file]
 */
import { spawn } from "node:child_process";
import { resolve } from "node:path";
import { openDriver, startBenchNeo4j, wipe } from "./benchNeo4j.ts";

const input = process.argv[2] ?? "../shared/data/corpus/arxiv_ml_abstracts.jsonl.gz";
const root = resolve(import.meta.dirname, "../..");
const neo4j = await startBenchNeo4j();
try {
  const driver = openDriver(neo4j.connection);
  await wipe(driver, neo4j.connection.database);
  await driver.close();
  const t0 = performance.now();
  const child = spawn(
    resolve(root, "node_modules/.bin/tsx"),
    ["apps/cli/src/main.ts", "ingest", input, "--json"],
    {
      cwd: root,
      env: { ...neo4j.childEnv, CI: "true" },
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  let out = "";
  child.stdout.on("data", (d) => {
    out += d;
  });
  const code: number = await new Promise((r) => child.on("close", (c) => r(c ?? 1)));
  const wall = (performance.now() - t0) / 1000;
  if (code !== 0) throw new Error(`ingest exited ${code}`);
  const report = JSON.parse(out.trim().split("\n").at(-1)!) as {
    papersInGraph: number;
    communities: number;
    modularity: number;
    timings: Record<string, number>;
    peakRssMb: number;
    written: { entities: Record<string, number>; links: Record<string, number> };
  };
  const links = Object.values(report.written.links).reduce((a, b) => a + b, 0);
  const entities = Object.values(report.written.entities).reduce((a, b) => a + b, 0);
  console.log("\nbench:corpus");
  console.log(`  input        ${input}`);
  console.log(
    `  graph        ${report.papersInGraph} papers, ${entities} entities, ${links} links, ${report.communities} communities (modularity ${report.modularity.toFixed(3)})`,
  );
  for (const [stage, ms] of Object.entries(report.timings))
    console.log(`  ${stage.padEnd(16)} ${(ms / 1000).toFixed(1)} s`);
  console.log(`  wall clock   ${wall.toFixed(1)} s (target ≤ 180 s, including process start)`);
  console.log(`  peak RSS     ${report.peakRssMb} MB (paperkg process; Neo4j runs separately)`);
} finally {
  await neo4j.release();
}
