/**
 * The timed child processes of `bench:extract`, side 1 (whole process on one core, start-up
 * included). `extract.ts` bundles this file with esbuild the way the CLI bundle is built
 * (`@paperkg/*` inlined from source, other packages imported from where the extractor resolves
 * them, ES modules split into chunks loaded on use) and runs the bundle with plain `node`: the
 * extractor is measured as the product runs it, and the baseline the same way.
 * Usage (from extract.ts): PAPERKG_BENCH_CHILD=baseline|extract node <bundle> <corpus.jsonl.gz>
 * Prints `{papers, items, cpu}` (and the extractor's `digest` of its output) as JSON on its last line.
 */
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { createGunzip } from "node:zlib";

/** The 5,000 abstracts both sides extract. */
export const SAMPLE = 5_000;

export interface PaperLine {
  id: string;
  title: string;
  abstract: string;
}

/** The first `limit` papers of a gzipped JSONL corpus: id, title and abstract only. */
export async function readCorpus(path: string, limit = Number.POSITIVE_INFINITY): Promise<PaperLine[]> {
  const papers: PaperLine[] = [];
  const lines = createInterface({
    input: createReadStream(path).pipe(createGunzip()),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  for await (const line of lines) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as PaperLine;
    papers.push({ id: r.id, title: r.title, abstract: r.abstract });
    if (papers.length >= limit) break;
  }
  lines.close();
  return papers;
}

/** SHA-256 of the extractions' JSON, one paper at a time (same input → same digest). */
export function extractionDigest(out: readonly unknown[]): string {
  const h = createHash("sha256");
  for (const x of out) h.update(JSON.stringify(x));
  return h.digest("hex").slice(0, 16);
}

/** CPU seconds this process has used since it started, start-up included (every thread). */
export const cpuSeconds = () => {
  const u = process.resourceUsage();
  return (u.userCPUTime + u.systemCPUTime) / 1e6;
};

const mode = process.env.PAPERKG_BENCH_CHILD;
const corpus = process.argv[2];
if ((mode === "baseline" || mode === "extract") && corpus) {
  if (mode === "baseline") {
    // imports inside the branch so each child loads only what its side needs
    const { naiveNounBaseline } = await import("@paperkg/extractor/naiveNounBaseline");
    const papers = await readCorpus(corpus, SAMPLE);
    let nouns = 0;
    for (const p of papers) nouns += naiveNounBaseline(p.abstract).length;
    process.stdout.write(JSON.stringify({ papers: papers.length, items: nouns, cpu: cpuSeconds() }));
  } else {
    const { extractPapers } = await import("@paperkg/extractor");
    const papers = await readCorpus(corpus, SAMPLE);
    const out = await extractPapers(papers, { workers: 1 });
    const entities = out.reduce((n, x) => n + x.entities.length, 0);
    const cpu = cpuSeconds();
    const digest = extractionDigest(out);
    process.stdout.write(JSON.stringify({ papers: papers.length, items: entities, cpu, digest }));
  }
}
