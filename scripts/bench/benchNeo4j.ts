import {
  type LauncherSettings,
  resolveLauncherSettings,
  resolveNeo4j,
  stateDir,
} from "@paperkg/neo4j-launcher";
import { runIngest } from "@paperkg/pipeline";
import { openDriver } from "@paperkg/store";
import type { Driver } from "neo4j-driver";

/**
 * A Neo4j of the benchmarks' own (`.paperkg/neo4j-bench`, Bolt port PAPERKG_BENCH_BOLT_PORT or
 * 17688), so benchmarks that wipe the database never touch a user's graph.
 */
export const BENCH_LAUNCHER: LauncherSettings = resolveLauncherSettings({
  ...process.env,
  NEO4J_URI: undefined,
  NEO4J_PASSWORD: undefined,
  PAPERKG_NEO4J_HOME: stateDir("neo4j-bench"),
  NEO4J_BOLT_PORT: process.env.PAPERKG_BENCH_BOLT_PORT ?? "17688",
  NEO4J_HEAP: process.env.NEO4J_HEAP ?? "4g",
  NEO4J_PAGECACHE: process.env.NEO4J_PAGECACHE ?? "2g",
});

export function startBenchNeo4j() {
  return resolveNeo4j(BENCH_LAUNCHER);
}

/**
 * Delete everything, in auto-commit batches: relationships first, so no batch holds a hub's tens
 * of thousands of links at once (DETACH DELETE of a corpus graph overflows a 1 GB heap's pool).
 */
export async function wipe(driver: Driver, database: string): Promise<void> {
  const session = driver.session({ database });
  try {
    await session.run("MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS");
    await session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS");
  } finally {
    await session.close();
  }
}

/** The bench Neo4j holding exactly the four sample pages, ingested in process by the pipeline. */
export async function startBenchSamplesGraph() {
  const neo4j = await startBenchNeo4j();
  try {
    const driver = openDriver(neo4j.connection);
    await wipe(driver, neo4j.connection.database);
    await driver.close();
    await runIngest({ inputs: ["data/samples"], connection: neo4j.connection });
  } catch (err) {
    await neo4j.release();
    throw err;
  }
  return neo4j;
}

export { openDriver };
