/**
 * bench:corpus — the whole 68,667-paper corpus from the raw file to a loaded graph with
 * communities and layout stored, by the pipeline in this process (`runIngest`, what `paperkg
 * ingest` runs), on a Neo4j of the benchmark's own (wiped first). Prints time per stage, wall time
 * and peak RSS. Target: ≤ 3 minutes on 2 cores.
 *   pnpm bench:corpus [file]
 */
import { runIngest } from "@paperkg/pipeline";
import { openDriver, startBenchNeo4j, wipe } from "./benchNeo4j.ts";

const input = process.argv[2] ?? "../shared/data/corpus/arxiv_ml_abstracts.jsonl.gz";
const neo4j = await startBenchNeo4j();
try {
  const driver = openDriver(neo4j.connection);
  await wipe(driver, neo4j.connection.database);
  await driver.close();
  const t0 = performance.now();
  const report = await runIngest({
    inputs: [input],
    connection: neo4j.connection,
    onEvent: (e) => {
      if (e.type === "stage-end")
        process.stderr.write(`bench:corpus: ${e.stage} ${(e.ms / 1000).toFixed(1)} s\n`);
    },
  });
  const wall = (performance.now() - t0) / 1000;
  const links = Object.values(report.written.links).reduce((a, b) => a + b, 0);
  const entities = Object.values(report.written.entities).reduce((a, b) => a + b, 0);
  console.log("\nbench:corpus");
  console.log(`  input        ${input}`);
  console.log(
    `  graph        ${report.papersInGraph} papers, ${entities} entities, ${links} links, ${report.communities} communities (modularity ${report.modularity.toFixed(3)})`,
  );
  for (const [stage, ms] of Object.entries(report.timings))
    console.log(`  ${stage.padEnd(16)} ${(ms / 1000).toFixed(1)} s`);
  console.log(
    `  wall clock   ${wall.toFixed(1)} s (target ≤ 180 s; the CLI adds its start-up, see bench:startup)`,
  );
  console.log(`  peak RSS     ${report.peakRssMb} MB (this process; Neo4j runs separately)`);
} finally {
  await neo4j.release();
}
