/**
 * bench:incremental — a daily ingest into a kept graph. Splits a JSONL corpus by listing date into
 * a base (all but the `day` latest papers) and the day; ingests the base, then the day, then the day
 * again (unchanged: skipped), then both from scratch, on a Neo4j of the benchmark's own. Prints wall
 * times side by side, the share of nodes that kept their community id, and whether the incremental
 * graph equals the from-scratch one. Targets (issue 14): day ≤ 10 % of base, re-run ≤ 5 %, ≥ 95 %
 * of community ids kept, equal graphs.
 *   pnpm bench:incremental [file.jsonl(.gz)] [day papers] [--no-scratch]
 * `--no-scratch` leaves out the from-scratch ingest and the equality check (half the run's time).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runIngest } from "@paperkg/pipeline";
import { contentFingerprint } from "@paperkg/store";
import { openDriver, startBenchNeo4j, wipe } from "./benchNeo4j.ts";
import { splitByListingDate } from "./splitByListingDate.ts";

const input = process.argv[2] ?? "../shared/data/corpus/arxiv_ml_abstracts.jsonl.gz";
const day = Number(process.argv[3] ?? 100);
const scratchToo = !process.argv.includes("--no-scratch");
const dir = mkdtempSync(join(tmpdir(), "paperkg-incremental-"));
const baseFile = join(dir, "base.jsonl");
const dayFile = join(dir, "day.jsonl");
const split = splitByListingDate(input, day, baseFile, dayFile);

const neo4j = await startBenchNeo4j();
const driver = openDriver(neo4j.connection);
const database = neo4j.connection.database;
const cacheDir = join(dir, "extract-cache");
/** Base, day and day again share a per-paper extraction cache, as `paperkg ingest` does; from scratch has none. */
const timed = async (label: string, inputs: string[], cached = true) => {
  const t0 = performance.now();
  let corpusPass = "";
  const report = await runIngest({
    inputs,
    connection: neo4j.connection,
    ...(cached ? { cacheDir } : {}),
    onEvent: (e) => {
      if (e.type === "notice" && e.code === "CORPUS_PASS") corpusPass = `; ${e.message}`;
    },
  });
  const s = (performance.now() - t0) / 1000;
  process.stderr.write(
    `bench:incremental: ${label} ${s.toFixed(1)} s${report.unchanged ? " (unchanged)" : ` (analytics ${report.analyticsMode})`} — ${Object.entries(
      report.timings,
    )
      .map(([k, ms]) => `${k} ${(ms / 1000).toFixed(1)}`)
      .join(
        ", ",
      )}; written ${report.written.changed.papers} papers, ${report.written.changed.entities} entities${corpusPass}\n`,
  );
  return { s, report };
};
const communities = async () =>
  new Map(
    (
      await driver.executeQuery(
        "MATCH (n) WHERE n.community IS NOT NULL AND NOT n:Community AND NOT n:Area RETURN n.id AS id, n.community AS c",
        {},
        { database },
      )
    ).records.map((r) => [r.get("id") as string, r.get("c") as number]),
  );
try {
  await wipe(driver, database);
  const base = await timed("base", [baseFile]);
  const before = await communities();
  const added = await timed("day", [dayFile]);
  const after = await communities();
  /** The hashed rows of both graphs, to name where they differ when the fingerprints do not agree. */
  const incrementalRows = new Set<string>();
  const scratchRows = new Set<string>();
  const incremental = scratchToo
    ? await contentFingerprint(driver, database, (l) => incrementalRows.add(l))
    : null;
  const again = await timed("day again", [dayFile]);
  let scratch: { s: number } | null = null;
  let fromScratch: Awaited<ReturnType<typeof contentFingerprint>> | null = null;
  if (scratchToo) {
    await wipe(driver, database);
    scratch = await timed("from scratch", [baseFile, dayFile], false);
    fromScratch = await contentFingerprint(driver, database, (l) => scratchRows.add(l));
  }

  let kept = 0;
  for (const [id, c] of before) if (after.get(id) === c) kept++;
  const pct = (a: number, b: number) => `${((100 * a) / b).toFixed(1)} %`;
  console.log("\nbench:incremental");
  console.log(`  input            ${input}: base ${split.base} papers, day ${split.day} papers`);
  console.log(`  base ingest      ${base.s.toFixed(1)} s`);
  console.log(`  day ingest       ${added.s.toFixed(1)} s = ${pct(added.s, base.s)} of base (target ≤ 10 %)`);
  console.log(
    `  day again        ${again.s.toFixed(1)} s = ${pct(again.s, base.s)} of base (target ≤ 5 %), ${again.report.unchanged ? "skipped as unchanged" : "NOT skipped"}`,
  );
  if (scratch) console.log(`  from scratch     ${scratch.s.toFixed(1)} s`);
  console.log(
    `  community ids    ${pct(kept, before.size)} of ${before.size} nodes kept theirs (target ≥ 95 %)`,
  );
  if (fromScratch)
    console.log(
      `  same graph       ${JSON.stringify(incremental) === JSON.stringify(fromScratch) ? "yes" : "NO"} (incremental vs from scratch: papers, entities, links and their evidence)`,
    );
  if (fromScratch && JSON.stringify(incremental) !== JSON.stringify(fromScratch)) {
    const only = (a: Set<string>, b: Set<string>) => [...a].filter((l) => !b.has(l));
    const [inc, scr] = [only(incrementalRows, scratchRows), only(scratchRows, incrementalRows)];
    console.log(
      `  counts           incremental ${JSON.stringify(incremental)}\n                   from scratch ${JSON.stringify(fromScratch)}`,
    );
    console.log(
      `  rows only in the incremental graph: ${inc.length}; only from scratch: ${scr.length}; the first of each:`,
    );
    for (const l of inc.slice(0, 15)) console.log(`    + ${l.slice(0, 400)}`);
    for (const l of scr.slice(0, 15)) console.log(`    - ${l.slice(0, 400)}`);
  }
} finally {
  await driver.close();
  await neo4j.release();
  rmSync(dir, { recursive: true, force: true });
}
