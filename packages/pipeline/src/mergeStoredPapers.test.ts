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
    const together = mergeStoredPapers([], [...a, ...b]);
    const split = mergeStoredPapers(mergeStoredPapers([], a), b);
    expect(split).toEqual(together);
    expect(split.map((p) => p.id)).toEqual(["a", "b", "c"]);
  });

  it("unions sources and code links and keeps stored metadata the new record lacks", () => {
    const [merged] = mergeStoredPapers(
      [paper("a", { upvotes: 5, codeUrls: ["https://github.com/x/y"] })],
      [paper("a", { sources: [{ file: "new.txt", line: 4 }], codeUrls: ["https://github.com/z/w"] })],
    );
    expect(merged?.upvotes).toBe(5);
    expect(merged?.codeUrls).toEqual(["https://github.com/x/y", "https://github.com/z/w"]);
    expect(merged?.sources.map((s) => s.file)).toEqual(["a.txt", "new.txt"]);
  });
});
