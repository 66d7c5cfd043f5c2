/**
 * `pnpm bench:extract`: extraction speed. Prints figures, asserts nothing.
 * 1. Side by side in one process and one thread, on the same abstracts (the sample pages plus
 *    5,000 corpus abstracts): the naive baseline — compromise `nlp(abstract).nouns()` — and the
 *    extractor (`extractPapers`, one thread, corpus alias pass included); abstracts/s and ratio.
 * 2. The extractor on 2 worker threads over the whole corpus, in a fresh child process so its
 *    peak RSS belongs to that run alone: abstracts/s and peak RSS.
 * Usage: pnpm bench:extract [corpus-path]
 */
import { spawnSync } from "node:child_process";
import { createReadStream } from "node:fs";
import { cpus, loadavg } from "node:os";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { createGunzip } from "node:zlib";
/* scripts/ is not a workspace package: import the packages' entry files */
import {
  extractPapers,
  extractPapersParallel,
  naiveNounBaseline,
  type PaperText,
  resolveCorpusAliases,
} from "@paperkg/extractor";
import { readPapers } from "@paperkg/ingest";

const CORPUS = process.argv[2] ?? "../shared/data/corpus/arxiv_ml_abstracts.jsonl.gz";
const SAMPLES = "data/samples";

async function readCorpus(limit = Number.POSITIVE_INFINITY): Promise<PaperText[]> {
  const papers: PaperText[] = [];
  const lines = createInterface({
    input: createReadStream(CORPUS).pipe(createGunzip()),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  for await (const line of lines) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as { id: string; title: string; abstract: string };
    papers.push({ id: r.id, title: r.title, abstract: r.abstract });
    if (papers.length >= limit) break;
  }
  lines.close();
  return papers;
}

const rate = (n: number, ms: number) => (n / (ms / 1000)).toFixed(0);

if (process.env.PAPERKG_BENCH_CHILD === "corpus") {
  const papers = await readCorpus();
  // the two phases of extractPapers(papers, { workers: 2 }), timed apart
  const t0 = performance.now();
  const local = await extractPapersParallel(papers, { workers: 2 });
  const perPaperMs = performance.now() - t0;
  const out = resolveCorpusAliases(local.extractions, papers);
  const ms = performance.now() - t0;
  const entities = out.reduce((n, x) => n + x.entities.length, 0);
  const peakMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(JSON.stringify({ papers: papers.length, entities, ms, perPaperMs, peakMb }));
} else {
  const seeds = (await readPapers([SAMPLES])).papers.map((p) => ({
    id: p.id,
    title: p.title,
    abstract: p.abstract,
  }));
  const papers = [...seeds, ...(await readCorpus(5_000))];
  const load = loadavg()
    .map((x) => x.toFixed(1))
    .join(" ");
  process.stdout.write(
    `Machine: ${cpus().length} cores, load average ${load} at start (the cores are shared)\n`,
  );
  process.stdout.write(
    `Side by side, one thread: ${seeds.length} sample papers + ${papers.length - seeds.length} corpus abstracts\n`,
  );
  // warm both up on the same 100 abstracts (JIT, lexicon load)
  for (const p of papers.slice(0, 100)) naiveNounBaseline(p.abstract);
  await extractPapers(papers.slice(0, 100), { workers: 1 });

  let t0 = performance.now();
  let nouns = 0;
  for (const p of papers) nouns += naiveNounBaseline(p.abstract).length;
  const baseMs = performance.now() - t0;

  t0 = performance.now();
  const out = await extractPapers(papers, { workers: 1 });
  const extractMs = performance.now() - t0;
  const entities = out.reduce((n, x) => n + x.entities.length, 0);

  process.stdout.write(
    `  baseline  nlp(abstract).nouns(): ${rate(papers.length, baseMs)} abstracts/s (${nouns} noun phrases)\n`,
  );
  process.stdout.write(
    `  extractor extractPapers:          ${rate(papers.length, extractMs)} abstracts/s (${entities} entities)\n`,
  );
  process.stdout.write(`  ratio: ${(baseMs / extractMs).toFixed(1)}× the baseline per core\n`);

  process.stdout.write(`\nWhole corpus (${CORPUS}), 2 worker threads, fresh process:\n`);
  const child = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), CORPUS], {
    env: { ...process.env, PAPERKG_BENCH_CHILD: "corpus" },
    encoding: "utf8",
    maxBuffer: 1 << 20,
  });
  if (child.status !== 0) {
    process.stderr.write(child.stderr);
    process.exitCode = 1;
  } else {
    const r = JSON.parse(child.stdout) as {
      papers: number;
      entities: number;
      ms: number;
      perPaperMs: number;
      peakMb: number;
    };
    process.stdout.write(
      `  ${r.papers} abstracts in ${(r.ms / 1000).toFixed(1)} s: ${rate(r.papers, r.ms)} abstracts/s, ` +
        `${r.entities} entities, peak RSS ${r.peakMb.toFixed(0)} MB\n` +
        `  (per-paper phase on the pool ${(r.perPaperMs / 1000).toFixed(1)} s = ${rate(r.papers, r.perPaperMs)} abstracts/s; ` +
        `corpus alias pass on the main thread ${((r.ms - r.perPaperMs) / 1000).toFixed(1)} s)\n`,
    );
  }
}

// Pathological input: time per abstract as the text grows 8× (linear: ~8×, quadratic: ~64×).
{
  const { extractPaperWithNotices } = await import("@paperkg/extractor");
  const text = "We evaluate GRPO on GSM8K and MATH with Qwen2.5-7B (see Table 1). ".repeat(800);
  const time = (n: number) => {
    const abstract = text.slice(0, n);
    const t0 = performance.now();
    for (let i = 0; i < 3; i++)
      extractPaperWithNotices({ id: "t", title: "T", abstract }, { maxAbstractChars: 1e9 });
    return (performance.now() - t0) / 3;
  };
  time(5_000);
  const small = time(5_000);
  const large = time(40_000);
  process.stdout.write(
    `Growth with length: 5,000 chars ${small.toFixed(1)} ms, 40,000 chars ${large.toFixed(1)} ms: ${(large / small).toFixed(1)}× for 8× the text\n`,
  );
}
