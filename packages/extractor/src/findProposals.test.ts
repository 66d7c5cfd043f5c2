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
  it("a word the authors write in capitals is their coinage, even when it spells a common word", () => {
    expect(
      named("A study", "We propose LIGHT, a data-driven alternative to hand-made priors."),
    ).toContainEqual(["LIGHT", "method"]);
    // the same word in lower case is no name
    expect(named("A study", "We propose light, a data-driven alternative.")).toEqual([]);
  });
});
