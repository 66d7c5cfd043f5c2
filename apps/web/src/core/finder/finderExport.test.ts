import { describe, expect, it } from "vitest";
import { arxivAbsUrl, papersToBibtex, papersToCsv, papersToJson } from "./finderExport.ts";

const paper = (id: string, title: string, authors: string[], published: string | null = "2025-06-03") => ({
  id,
  title,
  published,
  authors,
  matched: [],
});

describe("arxivAbsUrl", () => {
  const cases: [string, string | null][] = [
    ["2501.01234", "https://arxiv.org/abs/2501.01234"],
    ["1706.03762", "https://arxiv.org/abs/1706.03762"],
    ["cs/0112017", "https://arxiv.org/abs/cs/0112017"],
    ["title:attention-is-all-you-need", null],
    ["2501.01234v2", null],
  ];
  it.each(cases)("%s → %s", (id, url) => expect(arxivAbsUrl(id)).toBe(url));
});

describe("papersToCsv", () => {
  it("quotes commas, quotes and line breaks, defuses formulas, joins authors", () => {
    const csv = papersToCsv([
      paper("2501.01234", 'Say "hi", world', ["Ann Lee", "Bo Chen"]),
      paper("title:x", "=SUM(A1)\nnext", [], null),
    ]);
    expect(csv.split("\r\n")).toEqual([
      "id,title,published,authors,url",
      '2501.01234,"Say ""hi"", world",2025-06-03,Ann Lee; Bo Chen,https://arxiv.org/abs/2501.01234',
      'title:x,"\'=SUM(A1)\nnext",,,',
      "",
    ]);
  });
});

describe("papersToJson", () => {
  it("parses back to the query, total and papers", () => {
    const papers = [paper("2501.01234", "T", ["A"])];
    expect(JSON.parse(papersToJson("method=m", 7, papers))).toEqual({ query: "method=m", total: 7, papers });
  });
});

describe("papersToBibtex", () => {
  it("writes one @misc per paper with arXiv fields, escaped TeX and unique keys", () => {
    const bib = papersToBibtex([
      paper("2501.01234", "Scaling 100% of {LLMs} & more", ["José Núñez", "Bo Chen"]),
      paper("2501.09999", "Scaling again", ["Ana Núñez"]),
      paper("title:local", "A local_paper", [], null),
    ]);
    const entries = bib.split(/\n(?=@misc)/);
    expect(entries).toHaveLength(3);
    expect(entries[0]).toContain("@misc{nunez2025scaling,");
    expect(entries[0]).toContain("title = {{Scaling 100\\% of \\{LLMs\\} \\& more}}");
    expect(entries[0]).toContain("author = {José Núñez and Bo Chen}");
    expect(entries[0]).toContain("eprint = {2501.01234}");
    expect(entries[0]).toContain("month = {6}");
    expect(entries[1]).toContain("@misc{nunez2025scalinga,");
    expect(entries[2]).toContain("@misc{anonlocalpaper,");
    expect(entries[2]).toContain("title = {{A local\\_paper}}");
    expect(entries[2]).not.toContain("eprint");
    const braces = [...bib.replace(/\\[{}]/g, "")].reduce(
      (d, c) => d + (c === "{" ? 1 : c === "}" ? -1 : 0),
      0,
    );
    expect(braces).toBe(0);
  });
});
