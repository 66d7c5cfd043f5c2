/**
 * Output fingerprint of the extractor, for changes that must not change what it extracts (speed,
 * memory): extracts the sample pages, the hand-labelled abstracts (all rows, as one corpus), the
 * SciREX abstracts (with and without the Papers-with-Code lexicons, as `bench:quality` runs them)
 * and the first N corpus abstracts (each set as its own corpus, corpus phase included), in this
 * thread and on 2 worker threads, and prints one sha256 per run. Run it before and after a change and compare the lines; `--out DIR` also writes each
 * run's JSON there, for `diff`.
 * Usage: pnpm exec tsx scripts/extractDigest.ts [--papers 5000] [--out DIR] [corpus-path]
 */
import { createHash } from "node:crypto";
import { createReadStream, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { createGunzip } from "node:zlib";
import { type ExtractOptions, extractPapers, type PaperText } from "@paperkg/extractor";
import { readPapers } from "@paperkg/ingest";

const argv = process.argv.slice(2);
const value = (name: string) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
const N = Number(value("--papers") ?? 5_000);
const OUT = value("--out");
const CORPUS =
  argv.find((a, i) => !a.startsWith("--") && !argv[i - 1]?.startsWith("--")) ??
  "../shared/data/corpus/arxiv_ml_abstracts.jsonl.gz";

async function readCorpus(limit: number): Promise<PaperText[]> {
  const papers: PaperText[] = [];
  const lines = createInterface({ input: createReadStream(CORPUS).pipe(createGunzip()) });
  for await (const line of lines) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as PaperText;
    papers.push({ id: r.id, title: r.title, abstract: r.abstract });
    if (papers.length >= limit) break;
  }
  lines.close();
  return papers;
}

const readJsonl = (paths: string[]): PaperText[] =>
  paths
    .filter((p) => existsSync(p))
    .flatMap((p) => readFileSync(p, "utf8").split("\n"))
    .filter((l) => l.trim())
    .map((l) => {
      const r = JSON.parse(l) as PaperText;
      return { id: r.id, title: r.title, abstract: r.abstract };
    });
const labelled = readJsonl(
  ["abstracts.jsonl", "tuning.jsonl", "heldout.jsonl"].map((f) => `test/fixtures/labelled/${f}`),
);
const scirex = readJsonl(["dev", "train"].map((s) => `../shared/data/scirex/${s}.abstracts.jsonl`));
const samples = (await readPapers(["data/samples"])).papers.map((p) => ({
  id: p.id,
  title: p.title,
  abstract: p.abstract,
}));
const corpus = await readCorpus(N);
if (OUT) mkdirSync(OUT, { recursive: true });
const sets: [string, PaperText[], Partial<ExtractOptions>][] = [
  ["samples", samples, {}],
  [`labelled-${labelled.length}`, labelled, {}],
  [`scirex-${scirex.length}`, scirex, {}],
  [`scirex-${scirex.length}-nopwc`, scirex, { pwcLexicons: false }],
  [`corpus-${corpus.length}`, corpus, {}],
];
for (const [name, papers, options] of sets) {
  if (papers.length === 0) continue;
  for (const workers of [1, 2]) {
    const json = JSON.stringify(await extractPapers(papers, { ...options, workers }));
    const digest = createHash("sha256").update(json).digest("hex");
    process.stdout.write(`${name} workers=${workers} ${digest} (${json.length} chars)\n`);
    if (OUT) writeFileSync(join(OUT, `${name}-w${workers}.json`), json);
  }
}
