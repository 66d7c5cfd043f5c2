import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { Paper } from "@paperkg/core";
import { describe, expect, it } from "vitest";
import { INGEST_CODES } from "./IngestError.ts";
import { readPapers } from "./readPapers.ts";
import { FIXTURES, tempInputs } from "./testFiles.ts";

/** mulberry32: a tiny seeded PRNG so failures replay. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SAMPLES = join(import.meta.dirname, "../../../data/samples");
const REAL = [
  ...readdirSync(SAMPLES)
    .filter((f) => f.endsWith(".txt"))
    .map((f) => join(SAMPLES, f)),
  ...readdirSync(FIXTURES).map((f) => join(FIXTURES, f)),
].map((f) => readFileSync(f));

describe("randomized input (seeded)", () => {
  it.each([1, 2, 3, 4, 5, 6])("seed %i: no exception escapes and the counts add up", async (seed) => {
    const random = rng(seed);
    const { write } = tempInputs();
    const files: string[] = [];
    for (let i = 0; i < 12; i++) {
      const source = REAL[Math.floor(random() * REAL.length)]!;
      const kind = random();
      let bytes: Uint8Array;
      if (kind < 0.2)
        bytes = Uint8Array.from({ length: Math.floor(random() * 3000) }, () => Math.floor(random() * 256));
      else if (kind < 0.7)
        bytes = source.subarray(
          Math.floor((random() * source.length) / 3),
          Math.floor(random() * source.length),
        );
      else if (kind < 0.85) {
        const gz = gzipSync(source);
        bytes = gz.subarray(0, Math.floor(random() * gz.length));
      } else {
        bytes = Buffer.from(source);
        for (let k = 0; k < 20; k++) bytes[Math.floor(random() * bytes.length)] = Math.floor(random() * 256);
      }
      files.push(write(`f${i}${[".txt", ".jsonl", ".csv", ".xml", ".json", ".gz"][i % 6]}`, bytes));
    }
    const { papers, diagnostics, summary } = await readPapers(files);
    expect(summary.records).toBe(summary.papers + summary.duplicatesMerged + summary.rejected);
    expect(summary.rejected).toBe(diagnostics.length);
    expect(Object.values(summary.rejectedByCode).reduce((a, b) => a + b, 0)).toBe(summary.rejected);
    expect(summary.papers).toBe(papers.length);
    for (const d of diagnostics) {
      expect(INGEST_CODES).toContain(d.code);
      expect(files).toContain(d.file);
    }
    for (const p of papers) expect(Paper.safeParse(p).success).toBe(true);
  });
});
