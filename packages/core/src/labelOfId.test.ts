import { describe, expect, it } from "vitest";
import { labelOfId } from "./labelOfId.ts";

describe("labelOfId", () => {
  const cases: [string, string][] = [
    ["benchmark:gsm8k", "Benchmark"],
    ["model:qwen2.5-7b", "Model"],
    ["concept:self-play", "Concept"],
    ["community:3", "Community"],
    ["2501.01234", "Paper"],
    ["title:attention-is-all-you-need", "Paper"],
    [":odd", "Paper"],
  ];
  it.each(cases)("%s → %s", (id, label) => {
    expect(labelOfId(id)).toBe(label);
  });
});
