import { describe, expect, it } from "vitest";
import { extractorFingerprint } from "./extractorFingerprint.ts";
import { extractPapers } from "./extractPapers.ts";
import type { LocalExtractionCache } from "./LocalExtractionCache.ts";
import { readSamplePages } from "./readSamplePages.testSupport.ts";

/** A cache in memory that counts what it is asked for. */
function memoryCache() {
  const entries = new Map<string, string>();
  const counts = { hits: 0, sets: 0 };
  const cache: LocalExtractionCache = {
    has: (k) => entries.has(k),
    get: (k) => {
      const v = entries.get(k);
      if (v !== undefined) counts.hits++;
      return v;
    },
    set: (k, v) => {
      counts.sets++;
      entries.set(k, v);
    },
  };
  return { cache, counts, entries };
}

describe("extractPapers with a per-paper cache", () => {
  const samples = readSamplePages();

  it("gives byte-identical output from the cache, extracting only papers it does not hold", async () => {
    const plain = JSON.stringify(await extractPapers(samples, { workers: 1 }));
    const { cache, counts } = memoryCache();
    const first = samples.slice(0, 200);
    await extractPapers(first, { workers: 1, cache });
    expect(counts).toEqual({ hits: 0, sets: new Set(first.map((p) => `${p.title}\0${p.abstract}`)).size });

    const progress: number[] = [];
    const all = await extractPapers(samples, { workers: 1, cache, onProgress: (n) => progress.push(n) });
    expect(JSON.stringify(all)).toBe(plain);
    expect(counts.hits).toBe(first.length);
    expect(progress[0]).toBe(first.length);
    expect(progress.at(-1)).toBe(samples.length);
    // and again, all from the cache: the corpus pass never changes what the cache holds
    const again = await extractPapers(samples, { workers: 1, cache });
    expect(JSON.stringify(again)).toBe(plain);
  });

  it("keys results by the extractor's options too", () => {
    expect(extractorFingerprint()).toBe(extractorFingerprint({}));
    expect(extractorFingerprint({ pwcLexicons: false })).not.toBe(extractorFingerprint());
  });
});
