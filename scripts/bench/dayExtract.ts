/**
 * bench:day-extract — a daily ingest's extract stage at corpus scale, without Neo4j. Splits a JSONL
 * corpus by listing date into a base (all but the `day` latest papers) and the day; `base` runs
 * `extractSnapshot` over the base with a per-paper cache and corpus-pass records in `<dir>/base-cache`
 * (once: minutes at corpus scale); `day` copies that folder and runs `extractSnapshot` over base + day
 * from it, as a day's ingest does (repeatable: each run starts from the base's records). Prints the
 * day's wall time (and CPU time) split at the corpus-pass store's load and save, and digests of the
 * result (snapshot, diagnostics, rejected, reused papers) and of the records left, to compare a change
 * before/after; papers carry their file's path, so compare digests of runs from the same folder.
 * Any change under packages/extractor changes the extractor's fingerprint: run `base` again then.
 * Each split prints its CPU time too (steadier than wall time on a shared machine), and the records
 * digest is also printed without the metas' cache keys, which name the extractor's code: that one
 * compares across versions. DAY_EXTRACT_CACHE names the base folder (default `base-cache`), so two
 * versions' bases can sit in one work folder and run side by side.
 *   pnpm bench:day-extract base|day [dir] [file.jsonl(.gz)] [day papers]
 */
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readPapers } from "@paperkg/ingest";
import {
  extractSnapshot,
  FileCorpusPassStore,
  FileExtractionCache,
  FileSnapshotParts,
} from "@paperkg/pipeline";
import { splitByListingDate } from "./splitByListingDate.ts";

const mode = process.argv[2];
if (mode !== "base" && mode !== "day")
  throw new Error("usage: bench:day-extract base|day [dir] [file] [day]");
const work = process.argv[3] ?? join(tmpdir(), "paperkg-day-extract");
const input = process.argv[4] ?? "../shared/data/corpus/arxiv_ml_abstracts.jsonl.gz";
const dayPapers = Number(process.argv[5] ?? 100);
mkdirSync(work, { recursive: true });
const baseFile = join(work, "base.jsonl");
const dayFile = join(work, "day.jsonl");
const baseCache = join(work, process.env.DAY_EXTRACT_CACHE ?? "base-cache");
const seconds = (ms: number) => (ms / 1000).toFixed(2);
const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

if (mode === "base" || !existsSync(dayFile)) {
  splitByListingDate(input, dayPapers, baseFile, dayFile);
}

if (mode === "base") {
  // merged papers reach extractSnapshot sorted by id, as in runIngest
  const papers = (await readPapers([baseFile])).papers.sort(byId);
  rmSync(baseCache, { recursive: true, force: true });
  const corpus = new FileCorpusPassStore(baseCache);
  const cache = new FileExtractionCache(baseCache);
  const t0 = performance.now();
  const result = await extractSnapshot(papers, { cache, corpus, parts: new FileSnapshotParts(baseCache) });
  cache.flush();
  // what runIngest's ingest marks keep: the day run skips the checks of papers reused unchanged
  const marks = { commit: corpus.savedCommit, rejected: result.rejected };
  writeFileSync(join(baseCache, "bench-marks.json"), JSON.stringify(marks));
  process.stderr.write(
    `bench:day-extract: base ${papers.length} papers ${seconds(performance.now() - t0)} s\n`,
  );
} else {
  const papers = (await readPapers([baseFile, dayFile])).papers.sort(byId);
  const dir = join(work, `day-cache-${process.pid}`);
  rmSync(dir, { recursive: true, force: true });
  cpSync(baseCache, dir, { recursive: true });
  const marks = JSON.parse(readFileSync(join(dir, "bench-marks.json"), "utf8")) as {
    commit: string;
    rejected: string[];
  };
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const corpus = new FileCorpusPassStore(dir);
  const cache = new FileExtractionCache(dir);
  // the wall time split where the corpus pass loads and saves its records
  const at: [string, number, number][] = [["open the cache", performance.now(), cpuNow()]];
  const load = corpus.load.bind(corpus);
  const save = corpus.save.bind(corpus);
  corpus.load = () => {
    at.push(["keys and the new papers' extraction", performance.now(), cpuNow()]);
    const records = load();
    at.push(["records read", performance.now(), cpuNow()]);
    return records;
  };
  corpus.save = (changed, removed, options) => {
    at.push(["parsed, summed, the pass, stored results", performance.now(), cpuNow()]);
    save(changed, removed, options);
    at.push(["records saved", performance.now(), cpuNow()]);
  };
  let pass = "";
  const result = await extractSnapshot(papers, {
    cache,
    corpus,
    parts: new FileSnapshotParts(dir),
    checked: marks,
    onEvent: (e) => {
      if (e.type === "notice" && e.code === "CORPUS_PASS") pass = e.message;
    },
  });
  at.push(["buildSnapshot", performance.now(), cpuNow()]);
  cache.flush();
  at.push(["cache flush", performance.now(), cpuNow()]);
  const total = performance.now() - t0;
  // CPU time is less at the mercy of other processes on a shared machine than wall time
  const cpu = process.cpuUsage(cpu0);
  const digest = createHash("sha256");
  digest.update(JSON.stringify(result.snapshot.papers));
  for (const e of result.snapshot.entities) digest.update(JSON.stringify(e));
  for (const l of result.snapshot.links) digest.update(JSON.stringify(l));
  digest.update(JSON.stringify([result.diagnostics, result.rejected]));
  digest.update(JSON.stringify([result.reused.commit === marks.commit, [...result.reused.papers].sort()]));
  // the records the next day reads (commit tokens aside: each save draws a new one)
  const records = createHash("sha256");
  const left = [...(new FileCorpusPassStore(dir).load() ?? new Map())].sort(byIdEntry);
  // and without the metas' cache keys, which name the extractor's code: comparable across versions
  const unkeyed = createHash("sha256");
  for (const [id, r] of left) {
    const meta = r.meta;
    records.update(`${id}\t${meta}\t${r.out}\n`);
    const { key: _key, ...rest } = JSON.parse(meta) as { key: string };
    unkeyed.update(`${id}\t${JSON.stringify(rest)}\t${r.out}\n`);
  }
  rmSync(dir, { recursive: true, force: true });
  const parts = at
    .slice(1)
    .map(([label, t, c], i) => `${label} ${seconds(t - at[i]![1])} (CPU ${seconds(c - at[i]![2])})`);
  process.stderr.write(
    `bench:day-extract: day ${papers.length} papers ${seconds(total)} s, CPU ${seconds((cpu.user + cpu.system) / 1000)} s (${parts.join(", ")}); ${pass}\n` +
      `  result ${digest.digest("hex").slice(0, 16)}, records ${records.digest("hex").slice(0, 16)}, without their cache keys ${unkeyed.digest("hex").slice(0, 16)}\n`,
  );
}

/** This process's CPU time so far, in ms. */
function cpuNow(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

function byIdEntry(a: [string, unknown], b: [string, unknown]): number {
  return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0;
}
