import { describe, expect, it } from "vitest";
import { higherIsBetter } from "./higherIsBetter.ts";

describe("higherIsBetter", () => {
  const cases: [string, boolean | null][] = [
    ["accuracy", true],
    ["F1", true],
    ["BLEU", true],
    ["pass@1", true],
    ["pass@100", true],
    ["pass@k", true],
    ["WER", false],
    ["perplexity", false],
    ["FID", false],
    ["error rate", false],
    ["score", null],
    ["pass@", null],
  ];
  it.each(cases)("%s → %s", (metric, expected) => expect(higherIsBetter(metric)).toBe(expected));
});
