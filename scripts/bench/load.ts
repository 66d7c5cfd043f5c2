/**
 * bench:load — one query per relationship against batched UNWIND, side by side in one run on the
 * same links (the first N corpus papers, extracted), on a Neo4j of the benchmark's own.
 *   pnpm bench:load [papers=5000] [perRowSample=3000]
 */
import { ENTITY_LABELS, type Paper } from "@paperkg/core";
import { extractPaper } from "@paperkg/extractor";
import { buildSnapshot } from "@paperkg/graph";
import { streamPapers } from "@paperkg/ingest";
import { ensureSchema, UPSERT_LINKS, writeLinks, writeSnapshot } from "@paperkg/store";
import { openDriver, startBenchNeo4j, wipe } from "./benchNeo4j.ts";

const CORPUS = "../shared/data/corpus/arxiv_ml_abstracts.jsonl.gz";
const paperCount = Number(process.argv[2] ?? 5000);
const perRowSample = Number(process.argv[3] ?? 3000);

const papers: Paper[] = [];
for await (const event of streamPapers([CORPUS])) {
  if (event.type === "paper") papers.push(event.paper);
  if (papers.length >= paperCount) break;
}
const { snapshot } = buildSnapshot(
  papers,
  papers.map((p) => extractPaper(p)),
);
console.error(
  `bench:load: ${snapshot.papers.length} papers, ${snapshot.entities.length} entities, ${snapshot.links.length} links`,
);

const neo4j = await startBenchNeo4j();
const driver = openDriver(neo4j.connection);
const database = neo4j.connection.database;
const nodesOnly = { ...snapshot, links: [] };

async function fresh() {
  await wipe(driver, database);
  await ensureSchema(driver, database);
  await writeSnapshot(driver, nodesOnly, { database, batchSize: 5000 });
}

try {
  // One auto-commit query per relationship (what a naive loader does).
  await fresh();
  const labelOf = new Map(snapshot.entities.map((e) => [e.id, ENTITY_LABELS[e.type]]));
  const sample = snapshot.links.slice(0, perRowSample);
  const session = driver.session({ database });
  let t0 = performance.now();
  for (const link of sample) {
    await session.run(UPSERT_LINKS[link.type][labelOf.get(link.entity)!], { rows: [link] });
  }
  const perRowMs = performance.now() - t0;
  await session.close();
  const perRowRate = sample.length / (perRowMs / 1000);

  // Batched UNWIND, all links.
  await fresh();
  const rates: number[] = [];
  for (const [batchSize, concurrency] of [
    [1000, 1],
    [5000, 1],
    [20000, 1],
    [5000, 2],
    [2000, 4],
  ] as const) {
    await wipe(driver, database);
    await ensureSchema(driver, database);
    await writeSnapshot(driver, nodesOnly, { database, batchSize: 5000 });
    t0 = performance.now();
    await writeLinks(driver, snapshot, { database, batchSize, concurrency });
    const ms = performance.now() - t0;
    const rate = snapshot.links.length / (ms / 1000);
    rates.push(rate);
    console.log(
      `batched UNWIND (batch ${String(batchSize).padStart(5)}, ${concurrency} in flight): ${snapshot.links.length} rels in ${(ms / 1000).toFixed(2)} s = ${Math.round(rate).toLocaleString("en")} rels/s`,
    );
  }
  const best = Math.max(...rates);
  console.log(
    `one query per row:            ${sample.length} rels in ${(perRowMs / 1000).toFixed(2)} s = ${Math.round(perRowRate).toLocaleString("en")} rels/s`,
  );
  console.log(
    `ratio (best batched / per-row): ${(best / perRowRate).toFixed(0)}×   targets: ≥ 50,000 rels/s batched, ≥ 100×`,
  );
} finally {
  await driver.close();
  await neo4j.release();
}
