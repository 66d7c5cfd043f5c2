import { describe, expect, it } from "vitest";
import { findProposals } from "./findProposals.ts";
import { loadLexicons } from "./loadLexicons.ts";

const lex = loadLexicons();
const named = (title: string, abstract = "We study it.") =>
  findProposals(title, abstract, lex).map((p) => [p.name, p.type]);

describe("findProposals: the title prefix", () => {
  it("a spaced dash parts the title as a colon does", () => {
    expect(named("SALAD -- Semantics-Aware Logical Anomaly Detection")).toContainEqual(["SALAD", "method"]);
    expect(named("ZorpQA — A Benchmark for Visual Questions")).toContainEqual(["ZorpQA", "benchmark"]);
  });

  it("takes the earlier of a colon and a spaced dash", () => {
    const out = named("MR-LDM -- The Merge-Reactive Decision Model: Game Theoretic Modeling");
    expect(out.map(([n]) => n)).toEqual(["MR-LDM"]);
  });

  it("an environment after `in` is the setting, not a benchmark the title names", () => {
    expect(named("SPADE: Sparsity Adaptive Depth Estimation in Underwater Environments")).toContainEqual([
      "SPADE",
      "method",
    ]);
    expect(named("ZorpGym: Interactive Environments for Web Agents")).toContainEqual([
      "ZorpGym",
      "benchmark",
    ]);
  });
});

describe("findProposals: a cue in the abstract", () => {
  it("a common word written in capitals is no coined name", () => {
    expect(named("A study", "We propose DATA, a new method for sorting.")).toEqual([]);
    expect(named("A study", "We propose data, a new method for sorting.")).toEqual([]);
  });
});
