import { describe, expect, it } from "vitest";
import { cellText } from "./cellText.ts";

describe("cellText", () => {
  const paper = {
    id: "2501.1",
    labels: ["Paper"],
    properties: { id: "2501.1", title: "A paper", abstract: "…" },
  };
  const bench = { id: "benchmark:gsm8k", labels: ["Benchmark"], properties: { name: "GSM8K" } };
  const rel = {
    id: "5:1",
    type: "EVALUATES_ON",
    source: "2501.1",
    target: "benchmark:gsm8k",
    properties: {},
  };
  const cases: [string, unknown, string][] = [
    ["null", null, ""],
    ["a number", 3.5, "3.5"],
    ["a string", "GSM8K", "GSM8K"],
    ["a paper node", paper, "Paper: A paper"],
    ["an entity node", bench, "Benchmark: GSM8K"],
    [
      "a node without a name",
      { id: "community:3", labels: ["Community"], properties: { id: 3 } },
      "Community: community:3",
    ],
    ["a relationship", rel, "2501.1 -[EVALUATES_ON]-> benchmark:gsm8k"],
    ["a list of them", [rel], "[2501.1 -[EVALUATES_ON]-> benchmark:gsm8k]"],
    ["a map", { metric: "accuracy" }, '{"metric":"accuracy"}'],
  ];
  it.each(cases)("shows %s", (_name, value, expected) => {
    expect(cellText(value)).toBe(expected);
  });

  it("cuts long text", () => {
    expect(cellText("x".repeat(400))).toHaveLength(301);
  });
});
