import { describe, expect, it } from "vitest";
import { extractPaper } from "./extractPaper.ts";

describe("fallback concepts for papers no matcher knows", () => {
  const paper = {
    id: "fallback-1",
    title: "All You Need Is Sex for Diversity",
    abstract:
      "Maintaining genetic diversity as a means to avoid premature convergence is critical in evolutionary computation. Several approaches have been proposed to achieve this.",
  };

  it("links the paper to noun-phrase concepts with exact spans", () => {
    const { entities } = extractPaper(paper);
    expect(entities.length).toBeGreaterThan(0);
    expect(entities.map((e) => e.name)).toContain("genetic diversity");
    for (const e of entities) {
      expect(e.type).toBe("concept");
      for (const m of e.mentions) expect(paper[m.field].slice(m.start, m.end)).toBe(m.text);
    }
  });

  it("reads a gerund or bare verb after a plural noun as a verb, not as part of a concept", () => {
    const cases = ["Existing benchmarks covering math are few.", "We study tests covering math problems."];
    for (const abstract of cases) {
      const names = extractPaper({ id: "fallback-2", title: "A study", abstract }).entities.map(
        (e) => e.name,
      );
      expect(
        names.filter((n) => n.includes("covering")),
        abstract,
      ).toEqual([]);
    }
  });

  it("never fires when a matcher found something", () => {
    const { entities } = extractPaper({
      ...paper,
      abstract: `${paper.abstract} We evaluate on GSM8K with PPO.`,
    });
    expect(entities.flatMap((e) => e.mentions).some((m) => m.rule === "noun-phrase-fallback")).toBe(false);
  });
});
