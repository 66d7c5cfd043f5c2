import type { Extraction } from "@paperkg/core";
import { describe, expect, it } from "vitest";
import type { StoredCorpusRecord } from "./CorpusPassStore.ts";
import type { PaperText } from "./extractPaper.ts";
import { extractPapers } from "./extractPapers.ts";
import { memoryStores } from "./memoryStores.testSupport.ts";
import { readSamplePages } from "./readSamplePages.testSupport.ts";
import type { CorpusPassResult } from "./runCorpusPass.ts";

const byId = (a: PaperText, b: PaperText) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

describe("runCorpusPass: the corpus pass kept up to date between runs", () => {
  const samples = readSamplePages().sort(byId);
  // a kept corpus and a day: every third paper arrives on the day
  const kept = samples.filter((_p, i) => i % 3 !== 0);

  it("gives what the whole pass over all papers gives, running only over the papers that can change", async () => {
    const plain = await extractPapers(samples, { workers: 1 });
    const { cache, corpus } = memoryStores();
    const passes: Omit<CorpusPassResult, "extractions">[] = [];
    const onCorpusPass = (r: Omit<CorpusPassResult, "extractions">) => passes.push(r);
    const first = await extractPapers(kept, { workers: 1, cache, corpus, onCorpusPass });
    expect(JSON.stringify(first)).toBe(JSON.stringify(await extractPapers(kept, { workers: 1 })));
    const all = await extractPapers(samples, { workers: 1, cache, corpus, onCorpusPass });
    expect(JSON.stringify(all)).toBe(JSON.stringify(plain));
    expect(passes.map((p) => p.mode)).toEqual(["full", "incremental"]);
    expect(passes[1]!.resolved).toBeLessThan(samples.length);
    expect(passes[1]!.resolved).toBeGreaterThanOrEqual(samples.length - kept.length);
    // the same papers again: nothing to run over
    const again = await extractPapers(samples, { workers: 1, cache, corpus, onCorpusPass });
    expect(JSON.stringify(again)).toBe(JSON.stringify(plain));
    expect(passes[2]).toMatchObject({ mode: "incremental", resolved: 0, rehubbed: 0 });
  });

  it("re-selects stored papers whose terms the day's papers push over the document-frequency threshold", async () => {
    const before = new Map((await extractPapers(kept, { workers: 1 })).map((x) => [x.paper.id, x]));
    const plain = await extractPapers(samples, { workers: 1 });
    // stored papers that gain a term only because the day's papers mention it too
    const gained = plain.filter((x) => {
      const was = before.get(x.paper.id);
      return was && terms(x).some((id) => !terms(was).includes(id));
    });
    expect(gained.length, "the day pushes some stored paper's term over the threshold").toBeGreaterThan(0);

    const { cache, corpus } = memoryStores();
    await extractPapers(kept, { workers: 1, cache, corpus });
    const all = await extractPapers(samples, { workers: 1, cache, corpus });
    const got = new Map(all.map((x) => [x.paper.id, x]));
    for (const x of gained) expect(JSON.stringify(got.get(x.paper.id)), x.paper.id).toBe(JSON.stringify(x));
    expect(JSON.stringify(all)).toBe(JSON.stringify(plain));
  });

  it("runs the whole pass when a stored record does not parse", async () => {
    const { cache, corpus } = memoryStores();
    await extractPapers(kept, { workers: 1, cache, corpus });
    const records = corpus.load()!;
    const [id, first] = [...records][0]!;
    corpus.save([[id, { ...first, meta: '{"key":"x","spans":["not a number"]}' }]], []);
    const passes: string[] = [];
    const all = await extractPapers(samples, {
      workers: 1,
      cache,
      corpus,
      onCorpusPass: (r) => passes.push(r.mode),
    });
    expect(passes).toEqual(["full"]);
    expect(JSON.stringify(all)).toBe(JSON.stringify(await extractPapers(samples, { workers: 1 })));
  });

  it("runs the whole pass when a stored record is cut short (its meta or its result no JSON)", async () => {
    const plain = JSON.stringify(await extractPapers(samples, { workers: 1 }));
    for (const field of ["meta", "out"] as const) {
      const { cache, corpus } = memoryStores();
      await extractPapers(kept, { workers: 1, cache, corpus });
      // every record torn, so the one a run reads (a reused paper's result) is torn too
      const torn = [...corpus.load()!].map(([id, r]): [string, StoredCorpusRecord] => [
        id,
        { ...r, [field]: r[field].slice(0, 20) },
      ]);
      corpus.save(torn, []);
      const passes: string[] = [];
      const all = await extractPapers(samples, {
        workers: 1,
        cache,
        corpus,
        onCorpusPass: (r) => passes.push(r.mode),
      });
      expect(passes, field).toEqual(["full"]);
      expect(JSON.stringify(all), field).toBe(plain);
    }
  });

  it("takes back the contributions of papers gone or changed since the last run", async () => {
    const { cache, corpus } = memoryStores();
    await extractPapers(samples, { workers: 1, cache, corpus });
    // a day that drops papers and rewrites an abstract
    const edited = samples
      .filter((_p, i) => i % 10 !== 0)
      .map((p, i) => (i === 0 ? { ...p, abstract: `${p.abstract} We also release the code.` } : p));
    const passes: string[] = [];
    const got = await extractPapers(edited, {
      workers: 1,
      cache,
      corpus,
      onCorpusPass: (r) => passes.push(r.mode),
    });
    expect(passes).toEqual(["incremental"]);
    expect(JSON.stringify(got)).toBe(JSON.stringify(await extractPapers(edited, { workers: 1 })));
  });
});

/** Ids of a paper's entities found as corpus terms. */
function terms(x: Extraction): string[] {
  return x.entities.filter((e) => e.mentions.some((m) => m.rule === "term")).map((e) => e.id);
}
