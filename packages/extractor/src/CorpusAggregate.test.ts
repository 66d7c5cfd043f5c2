import { describe, expect, it } from "vitest";
import { CorpusAggregate, POSTING_KINDS } from "./CorpusAggregate.ts";
import { type CorpusPassStore, CorpusRecordMeta } from "./CorpusPassStore.ts";
import type { PaperText } from "./extractPaper.ts";
import { extractPapers } from "./extractPapers.ts";
import { memoryStores } from "./memoryStores.testSupport.ts";
import { readSamplePages } from "./readSamplePages.testSupport.ts";

const byId = (a: PaperText, b: PaperText) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Everything an aggregate holds, in one order whatever order it was built in. */
function contents(a: CorpusAggregate) {
  const tables = Object.fromEntries(
    Object.entries(a.tables.tables).map(([name, t]) => [
      name,
      [...t.entries()].map((e) => JSON.stringify(e)).sort(byText),
    ]),
  );
  const postings = Object.fromEntries(
    POSTING_KINDS.map((k) => {
      const p = a.postings[k];
      const pairs = [...p.keys].map((key, i) => `${key}:${a.papers[p.slots[i]!]}`);
      return [k, pairs.sort(byText)];
    }),
  );
  const spans = [...CorpusAggregate.decode(a.encode())!.spans.merged().keys].map((h) => [h, a.spans.get(h)]);
  return {
    papers: a.papers,
    keys: a.keys,
    spans,
    tables,
    entities: CorpusAggregate.decode(a.encode())!
      .entities.entries()
      .sort(([x], [y]) => byText(x, y)),
    postings,
  };
}

/** The aggregate summed afresh from every record's meta. */
function summed(corpus: CorpusPassStore): CorpusAggregate {
  const metas = [...corpus.load()!].map(([id, r]): [string, CorpusRecordMeta] => [
    id,
    CorpusRecordMeta.parse(JSON.parse(r.meta)),
  ]);
  return CorpusAggregate.fromMetas(metas);
}

describe("CorpusAggregate: the corpus statistics kept beside the records", () => {
  const samples = readSamplePages().sort(byId);
  const kept = samples.filter((_p, i) => i % 3 !== 0);

  it("after a whole pass and after days that add, drop and rewrite papers, equals the sum over the records", async () => {
    const { cache, corpus } = memoryStores();
    const saved = () => CorpusAggregate.decode(corpus.loadAggregate!()!)!;
    await extractPapers(kept, { workers: 1, cache, corpus });
    expect(contents(saved())).toEqual(contents(summed(corpus)));
    expect(saved().papers).toEqual(kept.map((p) => p.id));
    await extractPapers(samples, { workers: 1, cache, corpus });
    expect(contents(saved())).toEqual(contents(summed(corpus)));
    const edited = samples
      .filter((_p, i) => i % 7 !== 0)
      .map((p, i) =>
        i === 2 ? { ...p, abstract: `${p.abstract} We release the code and a benchmark.` } : p,
      );
    const modes: string[] = [];
    const onCorpusPass = (r: { mode: string; statistics?: string }) =>
      modes.push(`${r.mode} ${r.statistics}`);
    await extractPapers(samples, { workers: 1, cache, corpus, onCorpusPass });
    await extractPapers(edited, { workers: 1, cache, corpus, onCorpusPass });
    expect(modes).toEqual(["incremental saved", "incremental saved"]);
    expect(contents(saved())).toEqual(contents(summed(corpus)));
    expect(saved().papers).toEqual(edited.map((p) => p.id));
  });

  it("a missing, damaged or foreign aggregate: the records are summed again, with the same results", async () => {
    const plain = JSON.stringify(await extractPapers(samples, { workers: 1 }));
    const other = memoryStores();
    await extractPapers(kept.slice(0, 20), { workers: 1, cache: other.cache, corpus: other.corpus });
    const foreign = other.corpus.loadAggregate!()!;
    const variants: [string, (bytes: Uint8Array) => Uint8Array | undefined][] = [
      ["missing", () => undefined],
      ["cut short", (b) => b.subarray(0, b.length - 9)],
      ["bytes flipped", (b) => Uint8Array.from(b, (x, i) => (i === 20 ? x ^ 0xff : x))],
      ["another corpus's", () => foreign],
    ];
    // one per-paper cache for all: each variant runs the corpus pass alone
    const { cache } = memoryStores();
    for (const [name, alter] of variants) {
      const { corpus } = memoryStores();
      await extractPapers(kept, { workers: 1, cache, corpus });
      const good = corpus.loadAggregate!()!;
      const altered: CorpusPassStore = { ...corpus, loadAggregate: () => alter(good) };
      const modes: string[] = [];
      const all = await extractPapers(samples, {
        workers: 1,
        cache,
        corpus: altered,
        onCorpusPass: (r) => modes.push(`${r.mode} ${r.statistics}`),
      });
      expect(modes, name).toEqual(["incremental summed"]);
      expect(JSON.stringify(all), name).toBe(plain);
      // the aggregate saved after the fallback is the records' own
      expect(contents(CorpusAggregate.decode(corpus.loadAggregate!()!)!), name).toEqual(
        contents(summed(corpus)),
      );
    }
  });

  it("decodes only what it encoded", () => {
    expect(CorpusAggregate.decode(new Uint8Array(0))).toBeUndefined();
    expect(CorpusAggregate.decode(Buffer.from("not an aggregate at all"))).toBeUndefined();
    const a = CorpusAggregate.fromMetas([]);
    expect(CorpusAggregate.decode(a.encode())?.papers).toEqual([]);
  });
});
