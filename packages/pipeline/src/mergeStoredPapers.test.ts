import type { Paper } from "@paperkg/core";
import { describe, expect, it } from "vitest";
import { mergeStoredPapers } from "./mergeStoredPapers.ts";

const paper = (id: string, extra: Partial<Paper> = {}): Paper => ({
  id,
  title: `Title ${id}`,
  abstract: `Abstract of ${id}.`,
  codeUrls: [],
  sources: [{ file: `${id}.txt`, line: 1 }],
  ...extra,
});

describe("mergeStoredPapers", () => {
  it("gives the same papers whatever the split between stored and incoming", () => {
    const a = [paper("b"), paper("a")];
    const b = [paper("c"), paper("a", { sources: [{ file: "other.txt", line: 9 }], upvotes: 3 })];
    const together = mergeStoredPapers([], [...a, ...b]).papers;
    const split = mergeStoredPapers(mergeStoredPapers([], a).papers, b).papers;
    expect(split).toEqual(together);
    expect(split.map((p) => p.id)).toEqual(["a", "b", "c"]);
  });

  it("takes a stored paper's title key as given instead of normalising its title", () => {
    const stored = [paper("title:a-paper", { title: "A Paper" })];
    const incoming = [paper("2401.00001", { title: "A paper!", arxivId: "2401.00001" })];
    const keyed = mergeStoredPapers(stored, incoming, (id) =>
      id === "title:a-paper" ? "a paper" : undefined,
    );
    expect(keyed).toEqual(mergeStoredPapers(stored, incoming));
    expect(keyed.papers.map((p) => p.id)).toEqual(["2401.00001"]);
    expect(keyed.removed).toEqual(["title:a-paper"]);
    // a key that is not the title's: the two stay apart, so the given key is what counts
    const apart = mergeStoredPapers(stored, incoming, () => "something else");
    expect(apart.papers.map((p) => p.id)).toEqual(["2401.00001", "title:a-paper"]);
  });

  it("unions sources and code links and keeps stored metadata the new record lacks", () => {
    const [merged] = mergeStoredPapers(
      [paper("a", { upvotes: 5, codeUrls: ["https://github.com/x/y"] })],
      [paper("a", { sources: [{ file: "new.txt", line: 4 }], codeUrls: ["https://github.com/z/w"] })],
    ).papers;
    expect(merged?.upvotes).toBe(5);
    expect(merged?.codeUrls).toEqual(["https://github.com/x/y", "https://github.com/z/w"]);
    expect(merged?.sources.map((s) => s.file)).toEqual(["a.txt", "new.txt"]);
  });

  it("keeps the stored title and organization: the stored copy was seen first", () => {
    const [merged] = mergeStoredPapers(
      [paper("a", { title: "Stored Title", organization: "Lab A" })],
      [paper("a", { title: "Stored title!", organization: "Lab B", upvotes: 2 })],
    ).papers;
    expect(merged).toMatchObject({ title: "Stored Title", organization: "Lab A", upvotes: 2 });
  });

  it("merges a stored title-only paper into the arXiv record that arrives later, and names the old id", () => {
    const stored = [paper("title:attention-is-all-you-need", { title: "Attention Is All You Need" })];
    const incoming = [paper("1706.03762", { arxivId: "1706.03762", title: "Attention is all you need" })];
    const { papers, removed } = mergeStoredPapers(stored, incoming);
    expect(papers.map((p) => p.id)).toEqual(["1706.03762"]);
    expect(papers[0]?.title).toBe("Attention Is All You Need");
    expect(papers[0]?.sources).toHaveLength(2);
    expect(removed).toEqual(["title:attention-is-all-you-need"]);
  });

  it("re-ingesting the same papers changes nothing and leaves the caller's papers untouched", () => {
    const stored = [paper("a", { upvotes: 1 }), paper("b")];
    const before = structuredClone(stored);
    const { papers, removed } = mergeStoredPapers(stored, structuredClone(stored));
    expect(papers).toEqual(before);
    expect(removed).toEqual([]);
    expect(stored).toEqual(before);
  });

  it("names the stored papers no incoming record merged into, and only those", () => {
    const stored = [
      paper("a", { upvotes: 1 }),
      paper("b"),
      paper("title:c", { title: "Paper C" }),
      paper("d", { codeUrls: ["https://github.com/x/d"] }),
    ];
    const incoming = [
      paper("b", { sources: [{ file: "new.txt", line: 2 }] }),
      paper("2401.00001", { arxivId: "2401.00001", title: "Paper C" }),
      paper("e"),
      paper("d", { sources: [{ file: "d.txt", line: 1 }] }),
    ];
    const { untouched } = mergeStoredPapers(stored, incoming);
    // b gains a source, c its arXiv id, e is new; d meets a copy of itself, which changes nothing
    expect([...untouched].sort()).toEqual(["a", "d"]);
    expect([...mergeStoredPapers(stored, []).untouched].sort()).toEqual(["a", "b", "d", "title:c"]);
  });
});
