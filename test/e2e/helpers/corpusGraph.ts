import { existsSync } from "node:fs";
import { join } from "node:path";
import { type ResolvedNeo4j, resolveLauncherSettings, resolveNeo4j, stateDir } from "@paperkg/neo4j-launcher";
import { runIngest } from "@paperkg/pipeline";
import { openDriver } from "@paperkg/store";
import type { Driver } from "neo4j-driver";
import { ROOT } from "./startExplorer.ts";

/** The 68,667-paper corpus (see `../shared/data/README.md`). */
export const CORPUS_FILE = join(ROOT, "../shared/data/corpus/arxiv_ml_abstracts.jsonl.gz");
/** Fewer papers than this, or no areas, means the corpus database holds something else: ingest again. */
const CORPUS_MIN_PAPERS = 60_000;

/**
 * A Neo4j of the corpus tests' own (`.paperkg/neo4j-corpus`, Bolt port PAPERKG_CORPUS_BOLT_PORT or
 * 17689) holding the corpus: ingested in process (the pipeline `paperkg ingest` runs, about three
 * minutes on a quiet 2-core machine) only when it does not hold it yet — so a second run starts at
 * once. Nothing else uses or wipes this database.
 */
export async function startCorpusGraph(
  log: (line: string) => void = (l) => process.stderr.write(`${l}\n`),
): Promise<ResolvedNeo4j & { ingestSeconds: number | null }> {
  if (!existsSync(CORPUS_FILE)) throw new Error(`corpus: ${CORPUS_FILE} is missing (see ../shared/data)`);
  const settings = resolveLauncherSettings({
    ...process.env,
    NEO4J_URI: undefined,
    NEO4J_PASSWORD: undefined,
    PAPERKG_NEO4J_HOME: stateDir("neo4j-corpus"),
    NEO4J_BOLT_PORT: process.env.PAPERKG_CORPUS_BOLT_PORT ?? "17689",
  });
  const neo4j = await resolveNeo4j(settings);
  const driver = openDriver(neo4j.connection);
  try {
    if (await holdsCorpus(driver, neo4j.connection.database)) return { ...neo4j, ingestSeconds: null };
    log("corpus: ingesting the 68,667-paper corpus into .paperkg/neo4j-corpus (a few minutes, once)…");
    await wipe(driver, neo4j.connection.database);
    const t0 = performance.now();
    await runIngest({ inputs: [CORPUS_FILE], connection: neo4j.connection });
    const ingestSeconds = (performance.now() - t0) / 1000;
    log(`corpus: ingested in ${ingestSeconds.toFixed(0)} s`);
    return { ...neo4j, ingestSeconds };
  } catch (err) {
    await neo4j.release();
    throw err;
  } finally {
    await driver.close();
  }
}

async function holdsCorpus(driver: Driver, database: string): Promise<boolean> {
  const { records } = await driver.executeQuery(
    "MATCH (p:Paper) WITH count(p) AS papers RETURN papers, COUNT { (:Area) } AS areas, COUNT { (s:Snapshot) WHERE s.complete } AS done",
    {},
    { database },
  );
  const n = (key: string) => Number(records[0]?.get(key) ?? 0);
  return n("papers") >= CORPUS_MIN_PAPERS && n("areas") > 0 && n("done") > 0;
}

async function wipe(driver: Driver, database: string): Promise<void> {
  const session = driver.session({ database });
  try {
    await session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS");
  } finally {
    await session.close();
  }
}
