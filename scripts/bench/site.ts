/**
 * `pnpm bench:site [corpus|samples|both]`: the static offline site (`paperkg export --format
 * site`) of the corpus graph and of the samples, opened from `file://` in Debian's chromium.
 * Prints, per graph: the export's wall time, the folder's size against the exported papers' raw
 * text (target: data ≤ 1.5× raw text), and open → first frame (median of BENCH_RUNS, default 3)
 * for the first screen and for a drill-down into the largest community (which loads the index).
 * Runs on the benchmarks' own Neo4j: the corpus is ingested when it does not hold it, and the
 * samples run wipes it (run `corpus` first; `both` does).
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { runIngest } from "@paperkg/pipeline";
import { runCypher } from "@paperkg/store";
import { CHROMIUM_PATH, launchChromium } from "@paperkg/test/e2e/helpers/chromium";
import { neo4jEnv, runCli } from "@paperkg/test/helpers/runCli";
import { openDriver, startBenchNeo4j, wipe } from "./benchNeo4j.ts";

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const CORPUS = "../shared/data/corpus/arxiv_ml_abstracts.jsonl.gz";
const CORPUS_MIN_PAPERS = 60_000;
const which = process.argv[2] ?? "both";
if (!["corpus", "samples", "both"].includes(which)) {
  console.error("usage: pnpm bench:site [corpus|samples|both]");
  process.exit(2);
}

type BenchBrowser = Awaited<ReturnType<typeof launchChromium>>;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

/** Open `url` RUNS times; navigation → first frame sigma draws, and how many requests left the folder. */
async function firstFrames(browser: BenchBrowser, url: string, dir: string) {
  const times: number[] = [];
  let outside = 0;
  let nodes = 0;
  for (let i = 0; i < RUNS; i++) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.on("request", (r) => {
      if (!r.url().startsWith(`${pathToFileURL(dir).href}/`)) outside++;
    });
    await page.goto(url);
    await page.waitForFunction(() => (window.__paperkg?.firstFrameAt ?? null) !== null, null, {
      timeout: 120_000,
    });
    const m = await page.evaluate(() => ({
      at: window.__paperkg?.firstFrameAt ?? 0,
      nodes: window.__paperkg?.dataNodes ?? 0,
    }));
    times.push(m.at);
    nodes = m.nodes;
    await page.close();
  }
  return { median: median(times), max: Math.max(...times), nodes, outside };
}

async function benchGraph(
  name: string,
  browser: BenchBrowser,
  env: NodeJS.ProcessEnv,
  largest: number | null,
) {
  const dir = mkdtempSync(join(tmpdir(), "paperkg-bench-site-"));
  try {
    const t0 = performance.now();
    const out = await runCli(["export", "--format", "site", "--out", dir], { env });
    const seconds = (performance.now() - t0) / 1000;
    if (out.code !== 0) throw new Error(`bench:site: export failed:\n${out.stderr}`);
    const sizes = /folder .*$/m.exec(out.stderr)?.[0] ?? "(no size line)";
    console.log(`${name}: export ${seconds.toFixed(0)} s; ${sizes}`);
    const index = pathToFileURL(join(dir, "index.html")).href;
    const first = await firstFrames(browser, index, dir);
    console.log(
      `${name}: open → first frame median ${first.median.toFixed(0)} ms (max ${first.max.toFixed(0)}), ${first.nodes} nodes; requests outside the folder: ${first.outside}`,
    );
    if (largest !== null) {
      const drill = await firstFrames(browser, `${index}?view=bipartite&community=${largest}`, dir);
      console.log(
        `${name}: open drilled into community ${largest} → first frame median ${drill.median.toFixed(0)} ms (max ${drill.max.toFixed(0)}), ${drill.nodes} nodes (loads data/index.js, ${(readFileSync(join(dir, "data/index.js")).length / 1e6).toFixed(1)} MB)`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const neo4j = await startBenchNeo4j();
const conn = neo4j.connection;
const driver = openDriver(conn);
const cypher = async (q: string) => (await runCypher(driver, q, {}, { database: conn.database })).rows;
const papers = async () => Number((await cypher("MATCH (p:Paper) RETURN count(p) AS n"))[0]?.n ?? 0);
const largestCommunity = async () =>
  Number((await cypher("MATCH (c:Community) RETURN c.id AS id ORDER BY c.size DESC LIMIT 1"))[0]?.id ?? 0);
const browser = await launchChromium();
console.error(`bench:site: ${RUNS} runs each in ${CHROMIUM_PATH} (software WebGL), pages from file://`);
try {
  const env = neo4jEnv(conn);
  if (which !== "samples") {
    if ((await papers()) < CORPUS_MIN_PAPERS) {
      process.stderr.write(`bench:site: ingesting ${CORPUS} (about 3 minutes)…\n`);
      await wipe(driver, conn.database);
      await runIngest({ inputs: [CORPUS], connection: conn });
    }
    await benchGraph(`corpus (${await papers()} papers)`, browser, env, await largestCommunity());
  }
  if (which !== "corpus") {
    await wipe(driver, conn.database);
    await runIngest({ inputs: ["data/samples"], connection: conn });
    await benchGraph(`samples (${await papers()} papers)`, browser, env, null);
  }
} finally {
  await browser.close();
  await driver.close();
  await neo4j.release();
}
