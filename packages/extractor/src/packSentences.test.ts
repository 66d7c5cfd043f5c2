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

  it("with a shared table, batches keep the same JSON and the table holds each repeated string once", () => {
    const first = papers.slice(0, 20);
    const second = papers.slice(20);
    const expected = JSON.stringify([
      ...extractPapersLocal(first).extractions,
      ...extractPapersLocal(second).extractions,
    ]);
    const shared = new Map<string, string>();
    const unpacked = [first, second].flatMap((batch) => {
      const wire = JSON.parse(JSON.stringify(packSentences(extractPapersLocal(batch).extractions, batch)));
      return unpackSentences(wire, batch, shared);
    });
    expect(JSON.stringify(unpacked)).toBe(expected);
    const distinct = new Set(
      unpacked.flatMap((x) =>
        x.entities.flatMap((e) => [
          e.id,
          e.name,
          ...(e.family ? [e.family] : []),
          ...(e.aliases ?? []),
          ...e.mentions.flatMap((m) => [m.text, m.rule]),
        ]),
      ),
    );
    expect(shared.size).toBe(distinct.size);
    expect([...shared].every(([k, v]) => k === v)).toBe(true);
  });
});
