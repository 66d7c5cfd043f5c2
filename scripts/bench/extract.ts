/**
 * `pnpm bench:extract`: extraction speed. Prints figures, asserts nothing.
 * 1. Whole process on one core, start-up included: the naive baseline — compromise
 *    `nlp(abstract).nouns()` — and the extractor (`extractPapers`, one thread, corpus phase
 *    included) each run in a fresh child process pinned to one core (`taskset`, where there is
 *    one) on the same 5,000 corpus abstracts. Both run as the product runs: `extractChild.ts` is
 *    bundled first with esbuild as the CLI bundle is (`@paperkg/*` inlined, ES module chunks) and
 *    run by plain `node`, no TypeScript loader. Each child reports its own CPU time since it
 *    started (module loading, lexicons, reading the input, extraction), so other load on the
 *    shared machine does not count. The two alternate, three rounds; the median of each is compared.
 * 2. The extractor on 2 worker threads over the whole corpus, in a fresh child process so its
 *    peak RSS belongs to that run alone: abstracts/s and peak RSS.
 * 3. Time per abstract as the text grows 8× (linear: ~8×, quadratic: ~64×).
 * Usage: pnpm bench:extract [corpus-path] [--rounds N] [--no-corpus]
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import { NODE_BUNDLE_OPTIONS } from "@paperkg/extractor/bundleOptions";
import { extractionDigest, readCorpus, SAMPLE } from "./extractChild.ts";

const argv = process.argv.slice(2);
const flag = (name: string) => argv.indexOf(name);
const CORPUS =
  argv.find((a, i) => !a.startsWith("--") && argv[i - 1] !== "--rounds") ??
  "../shared/data/corpus/arxiv_ml_abstracts.jsonl.gz";
const ROUNDS = flag("--rounds") >= 0 ? Math.max(1, Number(argv[flag("--rounds") + 1])) : 3;

const rate = (n: number, s: number) => (n / s).toFixed(0);
const child = process.env.PAPERKG_BENCH_CHILD;

if (child === "corpus") {
  const { extractPapersParallel, resolveCorpusAliases } = await import("@paperkg/extractor");
  const papers = await readCorpus(CORPUS);
  // the two phases of extractPapers(papers, { workers: 2 }), timed apart
  const t0 = performance.now();
  const local = await extractPapersParallel(papers, { workers: 2 });
  const perPaperMs = performance.now() - t0;
  const out = resolveCorpusAliases(local.extractions, papers);
  const ms = performance.now() - t0;
  const entities = out.reduce((n, x) => n + x.entities.length, 0);
  const peakMb = process.resourceUsage().maxRSS / 1024;
  const digest = extractionDigest(out);
  process.stdout.write(JSON.stringify({ papers: papers.length, entities, ms, perPaperMs, peakMb, digest }));
} else {
  const self = fileURLToPath(import.meta.url);
  const bundle = await bundleChild();
  const pin = existsSync("/usr/bin/taskset") ? ["/usr/bin/taskset", "-c", "0"] : [];
  /** What a child prints: side 1 `papers, items, cpu, digest`; the corpus run the rest. */
  interface Figures {
    papers?: number;
    items?: number;
    cpu?: number;
    entities?: number;
    ms?: number;
    perPaperMs?: number;
    peakMb?: number;
    digest?: string;
  }
  const run = (mode: string): Figures | null => {
    // the side-by-side runs are the bundle, plain node, pinned to one core; the 2-worker corpus
    // run is this script under tsx (its workers start from source), not pinned
    const argv =
      mode === "corpus"
        ? [process.execPath, ...process.execArgv, self, CORPUS]
        : [...pin, process.execPath, bundle, CORPUS];
    const r = spawnSync(argv[0]!, argv.slice(1), {
      env: { ...process.env, PAPERKG_BENCH_CHILD: mode },
      encoding: "utf8",
      maxBuffer: 1 << 20,
    });
    if (r.status !== 0) {
      process.stderr.write(r.stderr);
      process.exitCode = 1;
      return null;
    }
    // the last line is the child's figures; anything a package printed before it is not
    return JSON.parse(r.stdout.trim().split("\n").pop()!) as Figures;
  };
  const load = loadavg()
    .map((x) => x.toFixed(1))
    .join(" ");
  process.stdout.write(
    `Machine: ${cpus().length} cores, load average ${load} at start (the cores are shared; CPU time is measured)\n`,
  );
  process.stdout.write(
    `Whole process on one core${pin.length ? " (taskset -c 0)" : ""}, start-up included, both sides bundled (esbuild) and run by plain node: ${SAMPLE} corpus abstracts, ${ROUNDS} alternating rounds\n`,
  );
  const base: number[] = [];
  const ext: number[] = [];
  let items = { base: 0, ext: 0 };
  const digests = new Set<string>();
  for (let i = 0; i < ROUNDS; i++) {
    const b = run("baseline");
    const e = run("extract");
    if (!b || !e) break;
    base.push(b.cpu!);
    ext.push(e.cpu!);
    items = { base: b.items!, ext: e.items! };
    digests.add(e.digest ?? "");
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
  if (base.length > 0) {
    const mb = median(base);
    const me = median(ext);
    process.stdout.write(
      `  baseline  nlp(abstract).nouns(): ${mb.toFixed(1)} s CPU, ${rate(SAMPLE, mb)} abstracts/s (${items.base} noun phrases; rounds ${base.map((x) => x.toFixed(1)).join(", ")})\n`,
    );
    process.stdout.write(
      `  extractor extractPapers:          ${me.toFixed(1)} s CPU, ${rate(SAMPLE, me)} abstracts/s (${items.ext} entities; rounds ${ext.map((x) => x.toFixed(1)).join(", ")}; output digest ${[...digests].join(" / ")})\n`,
    );
    process.stdout.write(`  ratio: ${(mb / me).toFixed(1)}× the baseline, whole process\n`);
  }

  const r = flag("--no-corpus") >= 0 ? null : run("corpus");
  if (r) {
    process.stdout.write(`\nWhole corpus (${CORPUS}), 2 worker threads, fresh process:\n`);
    process.stdout.write(
      `  ${r.papers} abstracts in ${(r.ms! / 1000).toFixed(1)} s: ${rate(r.papers!, r.ms! / 1000)} abstracts/s, ` +
        `${r.entities} entities, peak RSS ${r.peakMb!.toFixed(0)} MB, output digest ${r.digest}\n` +
        `  (per-paper phase on the pool ${(r.perPaperMs! / 1000).toFixed(1)} s; ` +
        `corpus phase (terms, aliases, hubs) on the main thread ${((r.ms! - r.perPaperMs!) / 1000).toFixed(1)} s)\n`,
    );
  }

  // Pathological input: time per abstract as the text grows 8× (linear: ~8×, quadratic: ~64×).
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

/**
 * Bundles `extractChild.ts` as the CLI bundle is built (esbuild, ES modules split into chunks,
 * workspace packages inlined from source, every other package left to Node) into the extractor
 * package's dist/, where the packages it leaves out (compromise, zod) resolve. Returns the entry.
 */
async function bundleChild(): Promise<string> {
  const { build } = await import("esbuild");
  const outdir = fileURLToPath(new URL("../../packages/extractor/dist/bench/", import.meta.url));
  await build({
    // the CLI bundle's options (ES modules split into chunks, Unicode property escapes kept)
    ...NODE_BUNDLE_OPTIONS,
    entryPoints: [fileURLToPath(new URL("./extractChild.ts", import.meta.url))],
    outdir,
    logLevel: "warning",
    plugins: [
      {
        name: "workspace-inline",
        setup(b) {
          b.onResolve({ filter: /^[^./]/ }, (args) =>
            args.path.startsWith("@paperkg/") ? undefined : { path: args.path, external: true },
          );
        },
      },
    ],
  });
  return `${outdir}extractChild.js`;
}
