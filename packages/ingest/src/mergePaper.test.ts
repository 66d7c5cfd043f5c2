import type { Paper } from "@paperkg/core";
import { describe, expect, it } from "vitest";
import { mergePaper } from "./mergePaper.ts";
import { PaperMerger } from "./PaperMerger.ts";

const LONG = "A complete abstract that a listing page did not truncate, with every sentence.";
const SHORT = "A complete abstract that a listing page…";

const paper = (line: number, extra: Partial<Paper> = {}): Paper => ({
  id: "title:t",
  title: "T",
  abstract: SHORT,
  codeUrls: [],
  sources: [{ file: "f", line }],
  ...extra,
});

describe("mergePaper: first seen wins, a later record only fills gaps or is plainly more complete", () => {
  // [what, first record's fields, later record's fields, fields of the result]
  const cases: [string, Partial<Paper>, Partial<Paper>, Partial<Paper>][] = [
    [
      "title: the first spelling stays",
      { title: "Attention Is All You Need" },
      { title: "ATTENTION is all you need!" },
      { title: "Attention Is All You Need" },
    ],
    [
      "arXiv id: taken from the later record, and the id with it",
      {},
      { arxivId: "1706.03762" },
      { id: "1706.03762", arxivId: "1706.03762" },
    ],
    [
      "arXiv id: the first one stays",
      { id: "1706.03762", arxivId: "1706.03762" },
      { id: "2101.00001", arxivId: "2101.00001" },
      { id: "1706.03762", arxivId: "1706.03762" },
    ],
    [
      "abstract: a longer later copy replaces a truncated one",
      { abstract: SHORT },
      { abstract: LONG },
      { abstract: LONG },
    ],
    ["abstract: a shorter later copy does not", { abstract: LONG }, { abstract: SHORT }, { abstract: LONG }],
    ["authors: the longer list", { authors: ["A"] }, { authors: ["A", "B"] }, { authors: ["A", "B"] }],
    [
      "authors: a shorter later list does not replace",
      { authors: ["A", "B"] },
      { authors: ["C"] },
      { authors: ["A", "B"] },
    ],
    [
      "counts: the largest",
      { upvotes: 3, authorsCount: 9 },
      { upvotes: 12, authorsCount: 2 },
      { upvotes: 12, authorsCount: 9 },
    ],
    ["counts: a gap is filled", {}, { upvotes: 4 }, { upvotes: 4 }],
    [
      "published: the first date stays",
      { published: "2024-01-02" },
      { published: "2024-05-06" },
      { published: "2024-01-02" },
    ],
    [
      "published: an ISO date replaces free text",
      { dateText: "Jan 2" },
      { published: "2024-01-02" },
      { published: "2024-01-02", dateText: undefined },
    ],
    ["dateText: fills a gap only", { dateText: "Jan 2" }, { dateText: "Feb 3" }, { dateText: "Jan 2" }],
    [
      "organization: the first stays, a later one fills a gap",
      { organization: "Lab A" },
      { organization: "Lab B" },
      { organization: "Lab A" },
    ],
    ["organization: gap filled", {}, { organization: "Lab B" }, { organization: "Lab B" }],
    [
      "categories: union in first-seen order",
      { categories: ["cs.CL"] },
      { categories: ["cs.LG", "cs.CL"] },
      { categories: ["cs.CL", "cs.LG"] },
    ],
    [
      "code links: union in first-seen order",
      { codeUrls: ["https://github.com/a/b"] },
      { codeUrls: ["https://github.com/c/d", "https://github.com/a/b"] },
      { codeUrls: ["https://github.com/a/b", "https://github.com/c/d"] },
    ],
  ];
  it.each(cases)("%s", (_what, first, later, expected) => {
    const merged = mergePaper(paper(1, first), paper(2, later));
    for (const [key, value] of Object.entries(expected)) {
      expect(merged[key as keyof Paper], key).toEqual(value);
    }
  });

  it("keeps every source once, first-seen order first", () => {
    const merged = mergePaper(
      paper(1, {
        sources: [
          { file: "a", line: 9 },
          { file: "b", line: 1 },
        ],
      }),
      paper(2, {
        sources: [
          { file: "b", line: 1 },
          { file: "a", line: 10 },
        ],
      }),
    );
    expect(merged.sources).toEqual([
      { file: "a", line: 9 },
      { file: "b", line: 1 },
      { file: "a", line: 10 },
    ]);
  });

  it("is associative, so ingesting A then B equals ingesting A and B together", () => {
    // Abstracts of 40, 56 and 80 characters: a "replace when 1.5× longer" rule would depend on grouping.
    const text = (n: number) => "abstract ".repeat(n).slice(0, n);
    const records: Paper[] = [
      paper(1, { title: "T", abstract: text(40), upvotes: 1, authors: ["A"] }),
      paper(2, { title: "T!", abstract: text(56), arxivId: "2401.00001", categories: ["cs.LG"] }),
      paper(3, { title: "t", abstract: text(80), dateText: "Jan 2", codeUrls: ["https://github.com/x/y"] }),
      paper(4, { title: "T.", abstract: SHORT, published: "2024-01-02", upvotes: 7, authors: ["A", "B"] }),
    ];
    const copy = (ps: Paper[]) => structuredClone(ps);
    const fold = (ps: Paper[]) => {
      const m = new PaperMerger();
      for (const p of ps) m.add(p);
      return m.papers;
    };
    const together = fold(copy(records));
    for (let split = 1; split < records.length; split++) {
      const first = fold(copy(records).slice(0, split));
      const rest = fold(copy(records).slice(split));
      expect(fold([...first, ...rest]), `split after ${split}`).toEqual(together);
    }
    expect(together).toHaveLength(1);
    expect(together[0]).toMatchObject({ id: "2401.00001", title: "T", abstract: text(80), upvotes: 7 });
  });

  it("a stored paper met again in the same files stays as it was (re-ingest is idempotent)", () => {
    const stored = paper(1, { upvotes: 3, codeUrls: ["https://github.com/a/b"] });
    const again = structuredClone(stored);
    expect(mergePaper(structuredClone(stored), again)).toEqual(stored);
  });
});
