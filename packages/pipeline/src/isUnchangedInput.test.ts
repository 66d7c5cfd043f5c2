import type { Paper } from "@paperkg/core";
import { describe, expect, it } from "vitest";
import { isUnchangedInput, paperContentHash } from "./isUnchangedInput.ts";

const paper = (id: string, extra: Partial<Paper> = {}): Paper => ({
  id,
  title: `Title ${id}`,
  abstract: `Abstract of ${id}, long enough to be an abstract.`,
  codeUrls: [],
  sources: [{ file: "day.txt", line: 1 }],
  ...extra,
});

describe("isUnchangedInput", () => {
  const stored = [paper("a", { upvotes: 4 }), paper("b")];
  const cases: [string, Paper[], boolean][] = [
    ["the stored papers again", [paper("a", { upvotes: 4 }), paper("b")], true],
    ["a subset with nothing new", [paper("b")], true],
    ["a record adding no field the stored copy lacks", [paper("a")], true],
    ["a new paper", [paper("b"), paper("c")], false],
    ["an extra source line", [paper("b", { sources: [{ file: "day.txt", line: 7 }] })], false],
    ["a longer abstract", [paper("b", { abstract: `${paper("b").abstract} And a second sentence.` })], false],
    ["new metadata", [paper("b", { categories: ["cs.CL"] })], false],
    ["nothing at all", [], false],
  ];
  it.each(cases)("%s", (_name, incoming, expected) => {
    expect(isUnchangedInput(stored, incoming)).toBe(expected);
  });

  it("hashes content, not key order", () => {
    const p = paper("a", { upvotes: 1, organization: "Lab" });
    const reordered = Object.fromEntries(Object.entries(p).reverse()) as Paper;
    expect(paperContentHash(reordered)).toBe(paperContentHash(p));
    expect(paperContentHash({ ...p, upvotes: 2 })).not.toBe(paperContentHash(p));
  });
});
