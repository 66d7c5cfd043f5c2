/**
 * bench:merge — what the merge stage of an ingest reads, side by side in one run: every stored
 * paper from Neo4j (`readStoredPapers` + `fromPaperNode`) against the cache folder's copy
 * (`FilePapersCache.load`); what saving the copy costs, afresh and after a load (a day's save, with
 * 100 papers changed); and the steps every run takes before the read (`ensureSchema` on a database
 * that has the schema, `lastSnapshot`, the unchanged-input check's read of 100 papers by id). The
 * first N corpus papers, written as paper nodes only, on a Neo4j of the benchmark's own.
 *   pnpm bench:merge [papers=20000] [rounds=3]
 */
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Paper } from "@paperkg/core";
import { fromPaperNode, toPaperNode } from "@paperkg/graph";
import { streamPapers } from "@paperkg/ingest";
import { FilePapersCache } from "@paperkg/pipeline";
import { ensureSchema, lastSnapshot, readStoredPapers, writeSnapshot } from "@paperkg/store";
import { openDriver, startBenchNeo4j, wipe } from "./benchNeo4j.ts";

const CORPUS = "../shared/data/corpus/arxiv_ml_abstracts.jsonl.gz";
const paperCount = Number(process.argv[2] ?? 20_000);
const rounds = Number(process.argv[3] ?? 3);

const papers: Paper[] = [];
for await (const event of streamPapers([CORPUS])) {
  if (event.type === "paper") papers.push(event.paper);
  if (papers.length >= paperCount) break;
}
const nodes = papers.map(toPaperNode).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

const neo4j = await startBenchNeo4j();
const driver = openDriver(neo4j.connection);
const database = neo4j.connection.database;
const dir = mkdtempSync(join(tmpdir(), "paperkg-bench-merge-"));
const timed = async <T>(fn: () => Promise<T> | T): Promise<{ ms: number; value: T }> => {
  const t0 = performance.now();
  const value = await fn();
  return { ms: performance.now() - t0, value };
};
const fmt = (ms: number[]) => ms.map((m) => `${(m / 1000).toFixed(2)}`).join(" / ");
try {
  await wipe(driver, database);
  await ensureSchema(driver, database);
  await writeSnapshot(driver, { papers: nodes, entities: [], links: [] }, { database, batchSize: 5000 });
  const cache = new FilePapersCache(dir);
  const ids = nodes.slice(-100).map((p) => p.id);
  const neo: number[] = [];
  const load: number[] = [];
  const save: number[] = [];
  const resave: number[] = [];
  const schema: number[] = [];
  const last: number[] = [];
  const byId: number[] = [];
  let same = true;
  for (let r = 0; r < rounds; r++) {
    const fromDb = await timed(async () => (await readStoredPapers(driver, database)).map(fromPaperNode));
    neo.push(fromDb.ms);
    save.push((await timed(() => cache.save(`round-${r}`, nodes))).ms);
    const fromFile = await timed(() => cache.load(`round-${r}`));
    load.push(fromFile.ms);
    same &&= JSON.stringify(fromFile.value) === JSON.stringify(fromDb.value);
    // what a day saves after loading: lines of unchanged papers copied, 100 papers changed
    const day = nodes.map((p, i) =>
      i % Math.ceil(nodes.length / 100) === 0 ? { ...p, upvotes: (p.upvotes ?? 0) + 1 } : p,
    );
    resave.push((await timed(() => cache.save(`round-${r}`, day))).ms);
    cache.save(`round-${r}`, nodes);
    schema.push((await timed(() => ensureSchema(driver, database))).ms);
    last.push((await timed(() => lastSnapshot(driver, database))).ms);
    byId.push((await timed(() => readStoredPapers(driver, database, ids))).ms);
  }
  const mb = statSync(join(dir, "papers.jsonl")).size / 1e6;
  console.log(`\nbench:merge (${nodes.length} papers, ${rounds} rounds, seconds per round)`);
  console.log(`  stored papers from Neo4j       ${fmt(neo)}`);
  console.log(
    `  stored papers from the copy    ${fmt(load)} (file ${mb.toFixed(1)} MB; equal to Neo4j's: ${same ? "yes" : "NO"})`,
  );
  console.log(`  saving the copy afresh         ${fmt(save)}`);
  console.log(`  saving it after loading it     ${fmt(resave)} (100 papers changed)`);
  console.log(`  ensureSchema (schema in place) ${fmt(schema)}`);
  console.log(`  lastSnapshot                   ${fmt(last)}`);
  console.log(`  100 papers by id               ${fmt(byId)}`);
} finally {
  await driver.close();
  await neo4j.release();
  rmSync(dir, { recursive: true, force: true });
}
