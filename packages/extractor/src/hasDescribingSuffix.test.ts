import { describe, expect, it } from "vitest";
import { extractPaper } from "./extractPaper.ts";
import { hasDescribingSuffix } from "./hasDescribingSuffix.ts";
import { loadLexicons } from "./loadLexicons.ts";

describe("hasDescribingSuffix", () => {
  const lex = loadLexicons();
  const cases: [string, boolean][] = [
    ["LVLM-Based", true],
    ["GPT-style", true],
    ["MLLM-Powered", true],
    ["frame-level", true],
    ["class-agnostic", true],
    ["ConceptCLIP-enhanced", true],
    ["Self-Refine", false],
    ["MS-TCN", false],
    ["BERT", false],
    ["Based", false],
  ];
  it.each(cases)("%s → %s", (name, expected) => expect(hasDescribingSuffix(name, lex)).toBe(expected));
});

describe("a describing suffix in the extractor's rules", () => {
  const ids = (abstract: string, title = "A study") =>
    extractPaper({ id: "p", title, abstract }).entities.map((e) => e.id);

  it("a proposal cue never names a modifier made from a name", () => {
    const out = ids("We develop a ZorpNet-enhanced grading system for essays.");
    expect(out.some((id) => id.includes("zorpnet"))).toBe(false);
  });

  it("a compared name glued to a describing word is no baseline name", () => {
    const out = ids(
      "Our approach outperforms strong baselines such as ZorpNet-style, FooBarNet and KlimDet.",
    );
    expect(out).toContain("method:foobarnet");
    expect(out.some((id) => id.includes("zorpnet"))).toBe(false);
  });

  it("a hyphenated manner ends a task phrase", () => {
    const out = ids("We study frame-level action segmentation in long videos.");
    expect(out).toContain("task:action-segmentation");
    expect(out.some((id) => id.includes("frame-level"))).toBe(false);
  });
});
