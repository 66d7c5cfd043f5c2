import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { readPapers } from "./readPapers.ts";
import { streamPapers } from "./streamPapers.ts";
import { FIXTURES, tempInputs } from "./testFiles.ts";

describe("formats", () => {
  it("JSONL: arXiv ids without version, merged duplicates with unioned categories", async () => {
    const { papers, summary } = await readPapers([`${FIXTURES}/papers.jsonl`]);
    expect(summary).toMatchObject({ blocks: 7, papers: 2, duplicatesMerged: 1, rejected: 4 });
    const moe = papers[0]!;
    expect(moe).toMatchObject({
      id: "2401.00001",
      arxivId: "2401.00001",
      authors: ["Ada Lovelace", "Alan Turing"],
      authorsCount: 2,
      categories: ["cs.LG", "cs.AR", "stat.ML"],
      published: "2024-01-02",
      upvotes: 7,
      codeUrls: ["https://github.com/example/tiny-moe"],
    });
    expect(moe.sources.map((s) => s.line)).toEqual([1, 8]);
    expect(papers[1]?.authors).toEqual(["Grace Hopper", "Edsger Dijkstra", "Barbara Liskov"]);
  });

  it("JSON: an object holding a record array, and a top-level array with per-element lines", async () => {
    const wrapped = await readPapers([`${FIXTURES}/papers.json`]);
    expect(wrapped.papers.map((p) => p.published ?? null)).toEqual(["2023-03-03", null]);
    expect(wrapped.papers[1]?.codeUrls).toEqual(["https://gitlab.com/acme/rag-joint"]);
    const array = await readPapers([`${FIXTURES}/array.json`]);
    expect(array.papers.map((p) => [p.id, p.sources[0]?.line])).toEqual([
      ["2305.10001", 2],
      ["title:chain-of-thought-for-tables", 10],
    ]);
    expect(array.papers[0]?.published).toBe("2023-05-17");
    expect(array.papers[1]).toMatchObject({ dateText: "May 27" });
    expect(array.diagnostics.map((d) => [d.code, d.line])).toEqual([
      ["invalid-record", 8],
      ["missing-abstract", 9],
    ]);
  });

  it("CSV: BOM, quoted commas, doubled quotes, a field spanning two lines", async () => {
    const { papers, diagnostics } = await readPapers([`${FIXTURES}/papers.csv`]);
    expect(papers[0]).toMatchObject({
      id: "2402.00011",
      title: "Quoted, With Comma: A Study",
      abstract:
        'An abstract that spans two lines, with "quotes" and a comma, long enough to be kept as an abstract.',
      authors: ["Ann Lee", "Bo Chen"],
      published: "2024-02-01",
      sources: [{ file: `${FIXTURES}/papers.csv`, line: 2 }],
    });
    expect(diagnostics.map((d) => [d.code, d.line])).toEqual([["abstract-too-short", 4]]);
    expect(papers[1]?.codeUrls).toEqual(["https://github.com/acme/bytes"]);
  });

  it("Atom: ids, authors, categories and dates; a broken entry is rejected alone", async () => {
    const { papers, diagnostics } = await readPapers([`${FIXTURES}/arxiv.atom.xml`]);
    expect(papers.map((p) => p.id)).toEqual(["2401.01234", "hep-th/9901001"]);
    expect(papers[0]).toMatchObject({
      title: "Scaling Laws for Sparse Retrieval",
      authors: ["Jane Roe", "John Doe"],
      categories: ["cs.IR", "cs.CL"],
      published: "2024-01-03",
      codeUrls: ["https://github.com/acme/splade-scaling"],
    });
    expect(papers[0]?.abstract).toContain(
      "retrievers & show that vocabulary size matters more than depth (<1% loss)",
    );
    expect(diagnostics.map((d) => d.code)).toEqual(["malformed-xml"]);
  });

  it("Daily-Papers text: orphan titles and short abstracts rejected, metadata kept", async () => {
    const { papers, diagnostics } = await readPapers([`${FIXTURES}/listing.txt`]);
    expect(diagnostics.map((d) => [d.code, d.line])).toEqual([
      ["missing-abstract", 13],
      ["abstract-too-short", 23],
    ]);
    expect(papers.map((p) => p.title)).toEqual(["A Real Title: With a Colon", "Third Title"]);
    expect(papers[0]).toMatchObject({ authorsCount: 3, published: "2025-09-08", upvotes: 12 });
    expect(papers[1]).toMatchObject({ organization: "Acme", dateText: "May 27", upvotes: 4 });
  });

  it("detects the format from content, not the name, and gunzips by magic bytes", async () => {
    const { write } = tempInputs();
    const jsonl = readFileSync(`${FIXTURES}/papers.jsonl`);
    const csv = readFileSync(`${FIXTURES}/papers.csv`);
    const atom = readFileSync(`${FIXTURES}/arxiv.atom.xml`);
    const cases: [string, Uint8Array, string][] = [
      ["records.txt", jsonl, "jsonl"],
      ["records.dat", gzipSync(jsonl), "jsonl"],
      ["table.txt", csv, "csv"],
      ["feed.json", atom, "atom"],
      ["listing.csv.gz", gzipSync(readFileSync(`${FIXTURES}/listing.txt`)), "csv"],
    ];
    for (const [name, bytes, format] of cases) {
      const events = [];
      for await (const e of streamPapers([write(name, bytes)])) events.push(e);
      expect(events[0], name).toMatchObject({ type: "file", format });
    }
  });

  it("walks directories and globs, sorted, each file once", async () => {
    const { summary } = await readPapers([FIXTURES, `${FIXTURES}/*.jsonl`]);
    expect(summary.files).toBe(9);
    const viaGlob = await readPapers([`${FIXTURES}/*.{csv,json}`]);
    expect(viaGlob.summary.files).toBe(4);
  });
});
