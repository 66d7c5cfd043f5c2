import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { INGEST_CODES } from "./IngestError.ts";
import { readPapers } from "./readPapers.ts";
import { FIXTURES, GOOD_ABSTRACT, tempInputs } from "./testFiles.ts";

const good = (title: string) => JSON.stringify({ title, abstract: GOOD_ABSTRACT });
const deep = (n: number) => `${"[".repeat(n)}${"]".repeat(n)}`;

/** [kind, file name, content, expected rejection codes, papers still read] */
const cases: [string, string, () => string | Uint8Array, string[], number][] = [
  ["empty file", "empty.jsonl", () => "", ["empty-file"], 0],
  ["whitespace-only file", "blank.txt", () => "\n\n   \n", ["empty-file"], 0],
  [
    "binary file",
    "image.txt",
    () => Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256),
    ["binary-file"],
    0,
  ],
  [
    "truncated gzip",
    "cut.jsonl.gz",
    () => {
      const full = gzipSync(Array.from({ length: 400 }, (_, i) => good(`Paper number ${i}`)).join("\n"));
      return full.subarray(0, Math.floor(full.length * 0.6));
    },
    ["bad-gzip"],
    -1,
  ],
  [
    "malformed JSON line",
    "bad.jsonl",
    () => `${good("First")}\n{"title": "x", oops\n${good("Third")}\n`,
    ["malformed-json"],
    2,
  ],
  [
    "missing abstract",
    "noabs.jsonl",
    () => `{"title": "Only a title"}\n${good("Kept")}\n`,
    ["missing-abstract"],
    1,
  ],
  [
    "very short abstract",
    "short.jsonl",
    () => `{"title": "T", "abstract": "Too short."}\n${good("Kept")}\n`,
    ["abstract-too-short"],
    1,
  ],
  [
    "abstract over 20,000 characters",
    "long.jsonl",
    () => `${JSON.stringify({ title: "Huge", abstract: "word ".repeat(5000) })}\n${good("Kept")}\n`,
    ["abstract-too-long"],
    1,
  ],
  [
    "record without a title",
    "notitle.jsonl",
    () => `{"abstract": "${GOOD_ABSTRACT}"}\n`,
    ["missing-title"],
    0,
  ],
  [
    "title of the wrong type",
    "type.jsonl",
    () => `{"title": 7, "abstract": "${GOOD_ABSTRACT}"}\n`,
    ["invalid-record"],
    0,
  ],
  [
    "JSON line nested very deep",
    "deep.jsonl",
    () => `{"title": ${deep(200_000)}}\n${good("Kept")}\n`,
    ["invalid-record"],
    1,
  ],
  [
    "JSON document nested very deep",
    "deep.json",
    () => `[${good("Kept")}, {"title": "x", "extra": ${deep(100_000)}}, ${good("Also kept")}]`,
    ["too-deep"],
    2,
  ],
  [
    "JSON document cut short",
    "cut.json",
    () => `[${good("Kept")}, {"title": "x", "abst`,
    ["malformed-json"],
    1,
  ],
  ["CSV without the needed columns", "cols.csv", () => "name,text\na,b\n", ["missing-columns"], 0],
  ["unknown XML", "page.xml", () => "<html><body>hello</body></html>", ["unknown-format"], 0],
  [
    "Atom entry cut short",
    "cut.atom",
    () => `<feed><entry><title>A</title><summary>${GOOD_ABSTRACT}`,
    ["malformed-xml"],
    0,
  ],
  [
    "a line too long to hold",
    "huge.jsonl",
    () => `{"title": "${"x".repeat(5_000_000)}"}\n${good("Kept")}\n`,
    ["too-large"],
    1,
  ],
];

describe("bad input: every rejection is a diagnostic, the run goes on", () => {
  it.each(cases)("%s", async (_kind, name, content, codes, papers) => {
    const { write } = tempInputs();
    const file = write(name, content());
    const other = write("other.jsonl", `${good("A paper in another file")}\n`);
    const { summary, diagnostics, papers: read } = await readPapers([file, other]);
    expect(diagnostics.map((d) => d.code)).toEqual(codes);
    for (const d of diagnostics) {
      expect(d.file).toBe(file);
      expect(INGEST_CODES).toContain(d.code);
      expect(d.message).toMatch(/^ingest: /);
      expect(d.line).toBeGreaterThanOrEqual(0);
    }
    const fromFile = read.filter((p) => p.sources[0]?.file === file).length;
    if (papers >= 0) expect(fromFile).toBe(papers);
    else expect(fromFile).toBeGreaterThan(0);
    expect(read.some((p) => p.title === "A paper in another file")).toBe(true);
    expect(summary.records).toBe(summary.papers + summary.duplicatesMerged + summary.rejected);
    expect(summary.rejected).toBe(diagnostics.length);
  });

  it("reports an input that matches nothing, and keeps going", async () => {
    const { summary, diagnostics } = await readPapers([
      `${FIXTURES}/nope-*.jsonl`,
      `${FIXTURES}/papers.json`,
    ]);
    expect(diagnostics.map((d) => d.code)).toEqual(["not-found"]);
    expect(summary.papers).toBe(2);
  });

  it("decodes Latin-1 bytes instead of producing replacement characters", async () => {
    const { write } = tempInputs();
    const latin1 = Buffer.from(
      `{"title": "Caf\xe9 na\xefve r\xe9sum\xe9 ranking", "abstract": "${GOOD_ABSTRACT} \xc9t\xe9."}\n`,
      "latin1",
    );
    const { papers, diagnostics } = await readPapers([write("latin1.jsonl", latin1)]);
    expect(diagnostics).toEqual([]);
    expect(papers[0]?.title).toBe("Café naïve résumé ranking");
    expect(papers[0]?.abstract.endsWith("Été.")).toBe(true);
  });

  it("strips HTML remnants but keeps their text", async () => {
    const { papers } = await readPapers([`${FIXTURES}/papers.jsonl`]);
    const p = papers.find((x) => x.id === "2401.00002");
    expect(p?.title).toBe("A Graph Benchmark & Its Discontents");
    expect(p?.abstract).toBe(
      "We introduce GraphBench, a benchmark of forty graph tasks, and find that most methods overfit to three of them.",
    );
  });

  it("never expands an XML entity bomb", async () => {
    const { papers, diagnostics } = await readPapers([`${FIXTURES}/bomb.xml`]);
    expect(diagnostics).toEqual([]);
    expect(papers).toHaveLength(1);
    expect(papers[0]?.title).toBe("Billion Laughs &lol9;");
    expect(papers[0]?.abstract.length).toBeLessThan(200);
  });
});
