import { describe, expect, it } from "vitest";
import { extractPapersLocal } from "./extractPapersLocal.ts";
import { packSentences, unpackSentences } from "./packSentences.ts";
import { readSamplePages } from "./readSamplePages.testSupport.ts";

describe("packSentences", () => {
  const papers = readSamplePages().slice(0, 40);

  it("sends no sentence as text, and unpacking restores the same JSON", () => {
    const before = JSON.stringify(extractPapersLocal(papers).extractions);
    const packed = packSentences(extractPapersLocal(papers).extractions, papers);
    const sentences = packed.flatMap((x) =>
      x.entities.flatMap((e) => [
        ...e.mentions.map((m) => m.sentence),
        ...(e.results ?? []).map((r) => r.sentence),
      ]),
    );
    expect(sentences.length).toBeGreaterThan(100);
    expect(sentences.filter((s) => typeof s === "string" && s !== "")).toEqual([]);
    // through JSON, as between threads
    const wire = JSON.parse(JSON.stringify(packed));
    expect(JSON.stringify(unpackSentences(wire, papers))).toBe(before);
  });
});
