/**
 * bench:day-stages — one 100-paper day on the corpus graph, repeatable: `base` ingests the base
 * (all but the latest papers, as bench:incremental splits them) into the bench Neo4j with a cache
 * folder, stops Neo4j and keeps a copy of its data and of the cache folder in DIR; `day` puts both
 * copies back, starts Neo4j, runs a warm-up read and ingests the day, printing its stage splits and
 * a fingerprint of the resulting graph. So two checkouts (or two runs) time the same day from the
 * same state, side by side, without re-ingesting the base.
 *   pnpm bench:day-stages base|day [DIR=$PAPERKG_DAY_STAGES_DIR or .paperkg/day-stages]
 */
import { cpSync, existsSync, mkdirSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { launcherPaths } from "@paperkg/neo4j-launcher";
import { runIngest } from "@paperkg/pipeline";
import { contentFingerprint } from "@paperkg/store";
import { BENCH_LAUNCHER, openDriver, startBenchNeo4j, wipe } from "./benchNeo4j.ts";
import { splitByListingDate } from "./splitByListingDate.ts";

const mode = process.argv[2];
if (mode !== "base" && mode !== "day") {
  console.error("usage: pnpm bench:day-stages base|day [DIR]");
  process.exit(2);
}
const dir = resolve(process.argv[3] ?? process.env.PAPERKG_DAY_STAGES_DIR ?? ".paperkg/day-stages");
const input = "../shared/data/corpus/arxiv_ml_abstracts.jsonl.gz";
const dataDir = launcherPaths(BENCH_LAUNCHER).data;
const cacheDir = join(dir, "cache");
const copies = { data: join(dir, "neo4j-data"), cache: join(dir, "cache-base") };
const files = { base: join(dir, "base.jsonl"), day: join(dir, "day.jsonl") };
const seconds = (ms: number) => (ms / 1000).toFixed(2);

if (mode === "base") {
  mkdirSync(dir, { recursive: true });
  rmSync(cacheDir, { recursive: true, force: true });
  const split = splitByListingDate(input, 100, files.base, files.day);
  const neo4j = await startBenchNeo4j();
  const driver = openDriver(neo4j.connection);
  const t0 = performance.now();
  try {
    await wipe(driver, neo4j.connection.database);
    await runIngest({ inputs: [files.base], connection: neo4j.connection, cacheDir });
  } finally {
    await driver.close();
    await neo4j.release();
  }
  if (!neo4j.startedHere)
    throw new Error("bench:day-stages: the bench Neo4j was running already; stop it first");
  for (const copy of Object.values(copies)) rmSync(copy, { recursive: true, force: true });
  cpSync(dataDir, copies.data, { recursive: true });
  cpSync(cacheDir, copies.cache, { recursive: true });
  console.log(
    `bench:day-stages: base of ${split.base} papers in ${seconds(performance.now() - t0)} s; copies in ${dir}`,
  );
} else {
  if (!existsSync(copies.data)) throw new Error(`bench:day-stages: no base in ${dir}: run \`base\` first`);
  rmSync(dataDir, { recursive: true, force: true });
  cpSync(copies.data, dataDir, { recursive: true });
  rmSync(cacheDir, { recursive: true, force: true });
  cpSync(copies.cache, cacheDir, { recursive: true });
  const neo4j = await startBenchNeo4j();
  const driver = openDriver(neo4j.connection);
  const database = neo4j.connection.database;
  try {
    // a Neo4j that has served before: the page cache and the JIT warmed by a read of every node
    await driver.executeQuery("MATCH (n) RETURN count(n.id) AS n", {}, { database });
    const t0 = performance.now();
    const report = await runIngest({ inputs: [files.day], connection: neo4j.connection, cacheDir });
    const wall = performance.now() - t0;
    const stages = Object.entries(report.timings).map(([k, ms]) => `${k} ${seconds(ms)}`);
    console.log(`bench:day-stages: day ${seconds(wall)} s (analytics ${report.analyticsMode})`);
    console.log(`  ${stages.join(", ")}`);
    console.log(
      `  written ${report.written.changed.papers} papers, ${report.written.changed.entities} entities; graph ${JSON.stringify(await contentFingerprint(driver, database))}`,
    );
  } finally {
    await driver.close();
    await neo4j.release();
  }
}
