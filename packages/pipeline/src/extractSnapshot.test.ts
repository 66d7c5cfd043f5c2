import { appendFileSync, cpSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Paper } from "@paperkg/core";
import { readPapers } from "@paperkg/ingest";
import { describe, expect, it } from "vitest";
import { extractSnapshot } from "./extractSnapshot.ts";
import { FileCorpusPassStore } from "./FileCorpusPassStore.ts";
import { FileExtractionCache } from "./FileExtractionCache.ts";
import { FileSnapshotParts } from "./FileSnapshotParts.ts";
import { tempDirs } from "./tempDirs.testSupport.ts";

const SAMPLES = new URL("../../../data/samples/", import.meta.url).pathname;
const byId = (a: Paper, b: Paper) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** One ingest's extract stage over `papers` from the cache folder `dir`, as a new process opens it. */
async function fromCache(dir: string, papers: readonly Paper[]) {
  const cache = new FileExtractionCache(dir);
  const corpus = new FileCorpusPassStore(dir);
  const parts = new FileSnapshotParts(dir);
  let taken = 0;
  const counting = {
    load: (commit: string | undefined) => {
      const loaded = parts.load(commit);
      taken = loaded?.size ?? 0;
      return loaded;
    },
    save: parts.save.bind(parts),
  };
  const modes: string[] = [];
  const statistics: string[] = [];
  const result = await extractSnapshot(papers, {
    workers: 1,
    cache,
    corpus,
    parts: counting,
    onEvent: (e) => {
      if (e.type === "notice" && e.code === "CORPUS_PASS") {
        modes.push(e.message.startsWith("corpus pass over all") ? "full" : "incremental");
        statistics.push(e.message.includes("statistics summed") ? "summed" : "saved");
      }
    },
  });
  cache.flush();
  return { result, partsLoaded: taken, modes, statistics };
}

/** Rewrites the line of paper `id` in a tab-separated cache file of the folder `dir`. */
function editLine(dir: string, file: string, id: string, edit: (fields: string[]) => string[]): void {
  const path = join(dir, file);
  const lines = readFileSync(path, "utf8").split("\n");
  const at = lines.findLastIndex((l) => l.startsWith(`${id}\t`));
  expect(at, `${file} holds a line of ${id}`).toBeGreaterThanOrEqual(0);
  lines[at] = edit(lines[at]!.split("\t")).join("\t");
  writeFileSync(path, lines.join("\n"));
}

describe("extractSnapshot from kept records and snapshot parts", async () => {
  const samples = (await readPapers([SAMPLES])).papers.sort(byId);
  // the kept graph and two days: every third paper arrives on the first day, every fifth on the second
  const base = samples.filter((_p, i) => i % 3 !== 0 && i % 5 !== 0);
  const day1 = samples.filter((_p, i) => i % 5 !== 0);
  const scratch = async (papers: readonly Paper[]) =>
    JSON.stringify((await extractSnapshot(papers, { workers: 1 })).snapshot);
  const dir = tempDirs("extract-snapshot");

  it("two days in a row, and a day that rewrites an abstract, each equal a from-scratch build", async () => {
    const at = dir();
    await fromCache(at, base);
    const first = await fromCache(at, day1);
    expect(first.modes).toEqual(["incremental"]);
    expect(first.partsLoaded, "the first day takes the base's parts").toBeGreaterThan(base.length / 2);
    expect(JSON.stringify(first.result.snapshot)).toBe(await scratch(day1));
    const second = await fromCache(at, samples);
    expect(second.partsLoaded).toBeGreaterThan(day1.length / 2);
    expect(JSON.stringify(second.result.snapshot)).toBe(await scratch(samples));
    // a paper's terms change with its abstract: its part must not outlive its record
    const edited = samples.map((p, i) =>
      i === 1 ? { ...p, abstract: `${p.abstract} We evaluate on ImageNet with a transformer baseline.` } : p,
    );
    const third = await fromCache(at, edited);
    expect(JSON.stringify(third.result.snapshot)).toBe(await scratch(edited));
  });

  it("takes a paper's saved part as its links exactly when its record is reused", async () => {
    const at = dir();
    await fromCache(at, base);
    // sound parts, altered: were a part not taken, its paper's links would have their true confidence
    const path = join(at, "snapshot-parts.tsv");
    const altered = readFileSync(path, "utf8")
      .split("\n")
      .map((line) => {
        const [id, part] = line.split("\t");
        if (!id || id.startsWith("#") || part === undefined) return line;
        const decoded = JSON.parse(part) as [{ confidence: number }[], unknown[]];
        for (const link of decoded[0]) link.confidence = 0.123;
        return `${id}\t${JSON.stringify(decoded)}`;
      });
    writeFileSync(path, altered.join("\n"));
    const { result } = await fromCache(at, day1);
    const reused = result.reused.papers;
    expect(reused.size).toBeGreaterThan(base.length / 2);
    for (const l of result.snapshot.links) expect(l.confidence === 0.123, l.paper).toBe(reused.has(l.paper));
  });

  it("ignores a damaged part, parts of other records, and a corpus-pass result that does not parse", async () => {
    const want = await scratch(day1);
    const damaged = dir();
    await fromCache(damaged, base);
    editLine(damaged, "snapshot-parts.tsv", base[0]!.id, ([id, part]) => [id!, part!.slice(0, 40)]);
    expect(JSON.stringify((await fromCache(damaged, day1)).result.snapshot)).toBe(want);

    const foreign = dir();
    await fromCache(foreign, base);
    appendFileSync(join(foreign, "snapshot-parts.tsv"), "#commit\tanother-run\n");
    const run = await fromCache(foreign, day1);
    expect(run.partsLoaded).toBe(0);
    expect(JSON.stringify(run.result.snapshot)).toBe(want);
    // the parts were written anew for the records this run left: the next run takes them
    expect((await fromCache(foreign, day1)).partsLoaded).toBeGreaterThan(day1.length / 2);

    const torn = dir();
    await fromCache(torn, base);
    rmSync(join(torn, "snapshot-parts.tsv"));
    // every stored result cut short (the lines and commits intact): found when first read
    const records = join(torn, "corpus-pass.tsv");
    const lines = readFileSync(records, "utf8").split("\n");
    const cut = lines.map((l) => {
      const f = l.split("\t");
      return f.length === 3 ? [f[0], f[1], f[2]!.slice(0, 30)].join("\t") : l;
    });
    writeFileSync(records, cut.join("\n"));
    const rerun = await fromCache(torn, day1);
    expect(rerun.modes).toEqual(["incremental", "full"]);
    expect(JSON.stringify(rerun.result.snapshot)).toBe(want);
  });

  it("takes the saved statistics only with the records they were saved with: missing, damaged or older ones, the records are summed, same snapshot and records", async () => {
    const want = await scratch(day1);
    const records = (at: string) =>
      [...(new FileCorpusPassStore(at).load() ?? [])].map(([id, r]) => `${id}\t${r.meta}\t${r.out}`).sort();
    const kept = dir();
    await fromCache(kept, base);
    const plain = await fromCache(kept, day1);
    expect(plain.statistics).toEqual(["saved"]);
    expect(JSON.stringify(plain.result.snapshot)).toBe(want);
    const aggregate = (at: string) => join(at, "corpus-aggregate.bin");
    const variants: [string, (at: string) => void][] = [
      ["missing", (at) => rmSync(aggregate(at))],
      ["cut short", (at) => writeFileSync(aggregate(at), readFileSync(aggregate(at)).subarray(0, 200))],
      [
        "a byte changed",
        (at) => {
          const bytes = readFileSync(aggregate(at));
          bytes[bytes.length >> 1]! ^= 0x20;
          writeFileSync(aggregate(at), bytes);
        },
      ],
    ];
    const baseOnly = dir();
    await fromCache(baseOnly, base);
    for (const [name, damage] of variants) {
      // the base's folder as it was left (the per-paper results with it: no extraction again)
      const at = dir();
      cpSync(baseOnly, at, { recursive: true });
      damage(at);
      const run = await fromCache(at, day1);
      expect(run.statistics, name).toEqual(["summed"]);
      expect(JSON.stringify(run.result.snapshot), name).toBe(want);
      expect(records(at), name).toEqual(records(kept));
      // saved again with the records: the next run takes them
      expect((await fromCache(at, samples)).statistics, name).toEqual(["saved"]);
    }
    // a day killed after saving its records, before their statistics: the base's are left, not taken
    const killed = dir();
    cpSync(baseOnly, killed, { recursive: true });
    const older = readFileSync(aggregate(killed));
    await fromCache(killed, day1);
    writeFileSync(aggregate(killed), older);
    const next = await fromCache(killed, samples);
    expect(next.statistics).toEqual(["summed"]);
    expect(JSON.stringify(next.result.snapshot)).toBe(await scratch(samples));
  });
});
