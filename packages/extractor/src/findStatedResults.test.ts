import { describe, expect, it } from "vitest";
import { extractPaper } from "./extractPaper.ts";

const extract = (abstract: string, id: string) =>
  extractPaper({ id: "p", title: "T", abstract }).entities.find((e) => e.id === id)?.results;
const resultsOf = (abstract: string, id: string) =>
  extract(abstract, id)?.map(({ metric, value, number, unit, relative }) => ({
    metric,
    value,
    number,
    unit,
    relative,
  }));

type Expected = { metric: string; value: string; number: number; unit: string | null; relative: boolean };
const score = (metric: string, value: string, number: number, unit: string | null = null): Expected => ({
  metric,
  value,
  number,
  unit,
  relative: false,
});
const gain = (metric: string, value: string, number: number, unit: string | null): Expected => ({
  metric,
  value,
  number,
  unit,
  relative: true,
});

describe("stated results", () => {
  const cases: [abstract: string, id: string, expected: Expected[] | undefined][] = [
    [
      "Our 7B model achieves 84.3% accuracy on GSM8K.",
      "benchmark:gsm8k",
      [score("accuracy", "84.3%", 84.3, "%")],
    ],
    ["It reaches a pass@1 of 71.2 on HumanEval.", "benchmark:humaneval", [score("pass@1", "71.2", 71.2)]],
    ["We report HumanEval (65.4 %) as well.", "benchmark:humaneval", [score("score", "65.4%", 65.4, "%")]],
    [
      "This improves by 5.1% on GSM8K over the baseline.",
      "benchmark:gsm8k",
      [gain("score", "5.1%", 5.1, "%")],
    ],
    [
      "Training with it yields +3.2 points on GSM8K.",
      "benchmark:gsm8k",
      [gain("score", "3.2 points", 3.2, "points")],
    ],
    [
      "It outperforms the baseline, achieving 71.0% accuracy on GSM8K and improving accuracy by 8% on MATH.",
      "benchmark:gsm8k",
      [score("accuracy", "71.0%", 71, "%")],
    ],
    [
      "Verifier guidance improves accuracy by 8% on GSM8K.",
      "benchmark:gsm8k",
      [gain("accuracy", "8%", 8, "%")],
    ],
    ["It brings a gain of 12% on GSM8K.", "benchmark:gsm8k", [gain("score", "12%", 12, "%")]],
    ["The model has an accuracy of 71.2 on GSM8K.", "benchmark:gsm8k", undefined],
    ["We evaluate on GSM8K.", "benchmark:gsm8k", undefined],
  ];
  it.each(cases)("%s", (abstract, id, expected) => {
    expect(resultsOf(abstract, id)).toEqual(expected);
  });

  it("keeps every result of a link, with the words that state it and where the value stands", () => {
    const abstract =
      "Qwen-7B achieves 84.25% accuracy on GSM8K. With self-consistency, Llama-3-8B reaches 84.3% accuracy on GSM8K.";
    const results = extract(abstract, "benchmark:gsm8k")!;
    expect(results.map((r) => r.value)).toEqual(["84.25%", "84.3%"]);
    for (const r of results) {
      expect(abstract.slice(r.at!, r.at! + r.value.length)).toBe(r.value);
      expect(abstract).toContain(r.raw!);
      expect(r.raw).toMatch(/GSM8K$/);
      expect(r.sentence).toContain(r.value);
    }
  });
});
