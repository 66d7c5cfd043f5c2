import { describe, expect, it } from "vitest";
import { extractPaper } from "./extractPaper.ts";

const resultsOf = (abstract: string, id: string) =>
  extractPaper({ id: "p", title: "T", abstract }).entities.find((e) => e.id === id)?.results;

describe("stated results", () => {
  const cases: [abstract: string, id: string, expected: { metric: string; value: string }[] | undefined][] = [
    [
      "Our 7B model achieves 84.3% accuracy on GSM8K.",
      "benchmark:gsm8k",
      [{ metric: "accuracy", value: "84.3%" }],
    ],
    [
      "It reaches a pass@1 of 71.2 on HumanEval.",
      "benchmark:humaneval",
      [{ metric: "pass@1", value: "71.2" }],
    ],
    ["We report HumanEval (65.4%) as well.", "benchmark:humaneval", [{ metric: "score", value: "65.4%" }]],
    ["This improves by 5.1% on GSM8K over the baseline.", "benchmark:gsm8k", undefined],
    ["We evaluate on GSM8K.", "benchmark:gsm8k", undefined],
  ];
  it.each(cases)("%s", (abstract, id, expected) => {
    expect(resultsOf(abstract, id)).toEqual(expected);
  });
});
