/**
 * `pnpm bench:ingest`: papers/s and peak RSS for ingest. Prints figures, asserts nothing.
 * Each measurement runs in a fresh child process so peak RSS belongs to that run alone.
 * Usage: pnpm bench:ingest [corpus-path]
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const CORPUS = process.argv[2] ?? "../shared/data/corpus/arxiv_ml_abstracts.jsonl.gz";
const SAMPLES = "data/samples";

if (process.env.PAPERKG_BENCH_CHILD) {
  const { readPapers, streamPapers } = await import(
    "@paperkg/ingest"
  ) /* the package entry (scripts/ is not a workspace package) */;
  const [mode, input] = [process.env.PAPERKG_BENCH_CHILD, process.argv[2]!];
  const start = performance.now();
  let papers = 0;
  let records = 0;
  if (mode === "stream") {
    for await (const e of streamPapers([input])) {
      if (e.type !== "file") records++;
      if (e.type === "paper") papers++;
    }
  } else {
    const { summary } = await readPapers([input]);
    papers = summary.papers;
    records = summary.records;
  }
  const seconds = (performance.now() - start) / 1000;
  const peak = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(JSON.stringify({ papers, records, seconds, peakMb: peak }));
  process.exit(0);
}

function run(mode: "read" | "stream", input: string) {
  const self = fileURLToPath(import.meta.url);
  const child = spawnSync(process.execPath, ["--import", "tsx", self, input], {
    env: { ...process.env, PAPERKG_BENCH_CHILD: mode },
    encoding: "utf8",
  });
  if (child.status !== 0) throw new Error(`bench child failed: ${child.stderr}`);
  const r = JSON.parse(child.stdout) as { papers: number; records: number; seconds: number; peakMb: number };
  const rate = Math.round(r.records / r.seconds).toLocaleString("en-US");
  const label = mode === "read" ? "readPapers (dedup, all in memory)" : "streamPapers (streaming, no dedup)";
  process.stdout.write(
    `${input.padEnd(52)} ${label.padEnd(36)} ${String(r.records).padStart(6)} records → ${String(r.papers).padStart(6)} papers  ` +
      `${r.seconds.toFixed(2)} s  ${rate.padStart(7)} records/s  peak RSS ${Math.round(r.peakMb)} MB\n`,
  );
}

const baselineChild = spawnSync(
  process.execPath,
  ["--import", "tsx", "-e", "process.stdout.write(String(process.resourceUsage().maxRSS/1024))"],
  { encoding: "utf8" },
);
process.stdout.write(
  `node ${process.version}, one process per run; empty node+tsx peak RSS ${Math.round(Number(baselineChild.stdout))} MB\n`,
);
for (const input of [SAMPLES, CORPUS]) {
  if (!existsSync(input)) {
    process.stdout.write(`${input}: not found, skipped\n`);
    continue;
  }
  run("read", input);
  run("stream", input);
}
