import type { Paper } from "@paperkg/core";
import { describe, expect, it } from "vitest";
import { PaperMerger } from "./PaperMerger.ts";

const paper = (p: Partial<Paper> & { title: string }, line: number): Paper => ({
  id: p.arxivId ?? `title:${p.title}`,
  abstract: "An abstract long enough for a paper record to be valid here.",
  codeUrls: [],
  sources: [{ file: "f", line }],
  ...p,
});

describe("PaperMerger", () => {
  it("merges by arXiv id, else by normalised title, keeping first-seen order and every source", () => {
    const m = new PaperMerger();
    m.add(paper({ title: "Attention Is All You Need" }, 1));
    m.add(paper({ title: "Other" }, 2));
    m.add(
      paper(
        { title: "ATTENTION is all you need!", arxivId: "1706.03762", upvotes: 5, dateText: "Jun 12" },
        3,
      ),
    );
    m.add(
      paper(
        { title: "Renamed on arXiv", arxivId: "1706.03762", published: "2017-06-12", categories: ["cs.CL"] },
        4,
      ),
    );
    expect(m.duplicatesMerged).toBe(2);
    expect(m.papers.map((p) => p.id)).toEqual(["1706.03762", "title:Other"]);
    expect(m.papers[0]).toMatchObject({
      title: "Attention Is All You Need",
      upvotes: 5,
      published: "2017-06-12",
      categories: ["cs.CL"],
      sources: [1, 3, 4].map((line) => ({ file: "f", line })),
    });
    expect(m.papers[0]?.dateText).toBeUndefined();
  });

  it("keeps two papers with the same title but different arXiv ids apart", () => {
    const m = new PaperMerger();
    m.add(paper({ title: "A Survey", arxivId: "2301.00001" }, 1));
    m.add(paper({ title: "A survey", arxivId: "2302.00002" }, 2));
    expect(m.papers).toHaveLength(2);
    expect(m.duplicatesMerged).toBe(0);
  });

  it("unions code links and keeps the longer author list", () => {
    const m = new PaperMerger();
    m.add(paper({ title: "T", codeUrls: ["https://github.com/a/b"], authors: ["A"], authorsCount: 1 }, 1));
    m.add(
      paper({ title: "T", codeUrls: ["https://github.com/c/d"], authors: ["A", "B"], authorsCount: 2 }, 2),
    );
    expect(m.papers[0]).toMatchObject({
      codeUrls: ["https://github.com/a/b", "https://github.com/c/d"],
      authors: ["A", "B"],
      authorsCount: 2,
    });
  });
});
