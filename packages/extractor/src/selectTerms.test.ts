import { describe, expect, it } from "vitest";
import { extractPaperWithNotices, type PaperText } from "./extractPaper.ts";
import { selectTerms } from "./selectTerms.ts";

/** Twelve papers naming a model; `spectral widget` is said once in each of the first `k` (so no fallback keeps it). */
function corpus(k: number): PaperText[] {
  return Array.from({ length: 12 }, (_, i) => ({
    id: `p${i}`,
    title: `Paper number ${i}`,
    abstract: i < k ? "We study the spectral widget with GPT-4o." : "We study other things with GPT-4o.",
  }));
}

const conceptPapers = (papers: PaperText[], conceptPapersPerStep: number) =>
  selectTerms(
    papers.map((p) => extractPaperWithNotices(p).extraction),
    papers,
    { minPapers: 2, papersPerStep: 10, conceptPapersPerStep, maxPerPaper: 6 },
  ).filter((x) => x.entities.some((e) => e.id === "concept:spectral-widget")).length;

describe("selectTerms: corpus support", () => {
  it("asks more papers of a concept than of other terms as the corpus grows", () => {
    // 12 papers: every term needs 2 + 1 papers; a concept needs 2 + 12/4 = 5 at one step per 4 papers
    expect(conceptPapers(corpus(3), 10)).toBe(3);
    expect(conceptPapers(corpus(3), 4)).toBe(0);
    expect(conceptPapers(corpus(5), 4)).toBe(5);
    // below the bar every term needs
    expect(conceptPapers(corpus(2), 10)).toBe(0);
  });
});
