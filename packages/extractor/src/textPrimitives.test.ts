import { describe, expect, it } from "vitest";
import { findAcronymDefinitions } from "./findAcronymDefinitions.ts";
import { compactKey, slugKey } from "./normalizeKey.ts";
import { singularize } from "./singularize.ts";
import { splitSentences } from "./splitSentences.ts";
import { TokenTrie } from "./TokenTrie.ts";
import { tokenize } from "./tokenize.ts";

describe("slugKey / compactKey", () => {
  const cases: [string, string][] = [
    ["Qwen-2.5", "qwen2.5"],
    ["Qwen 2.5", "qwen2.5"],
    ["Llama-3-8B", "llama3-8b"],
    ["GPT-4o", "gpt4o"],
    ["self correction", "self-correction"],
    ["MiniWoB++", "miniwob++"],
    ["ViT-H/14", "vit-h/14"],
    // plain ASCII names take a shorter path to the same keys
    ["Llama 3 70B", "llama3-70b"],
    ["3D Gaussian Splatting", "3d-gaussian-splatting"],
    ["x-y-1", "x-y1"],
    ["A 1 b 2", "a1-b2"],
    ["T5", "t5"],
    ["Élan 2", "élan2"],
  ];
  it.each(cases)("%s → %s", (name, slug) => expect(slugKey(name)).toBe(slug));
  it("compact keys fold every separator", () => {
    expect(compactKey("Arena-Hard")).toBe(compactKey("ArenaHard"));
    expect(compactKey("Arena Hard")).toBe("arenahard");
  });
});

describe("findAcronymDefinitions (Schwartz–Hearst)", () => {
  const cases: [string, [string, string][]][] = [
    [
      "We use Group Relative Policy Optimization (GRPO) here.",
      [["GRPO", "Group Relative Policy Optimization"]],
    ],
    ["large language models (LLMs) are", [["LLMs", "large language models"]]],
    ["the term supervised self-play (S2P) for", [["S2P", "supervised self-play"]]],
    ["see the results (Table 2) and (ours)", []],
    ["a \\textbf{root cause} (RC) is", []],
  ];
  it.each(cases)("%s", (text, expected) => {
    const defs = findAcronymDefinitions(text);
    expect(defs.map((d) => [d.short, d.long])).toEqual(expected);
    for (const d of defs) {
      expect(text.slice(d.shortStart, d.shortEnd)).toBe(d.short);
      expect(text.slice(d.longStart, d.longEnd)).toBe(d.long);
    }
  });
});

describe("tokenize and TokenTrie", () => {
  it("keeps offsets exact, also around emoji", () => {
    const text = "🚀 GSM8K, Qwen2.5!";
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it("matches a phrase across hyphen, space and glued spellings, longest first", () => {
    const trie = new TokenTrie<string>();
    trie.add("Arena-Hard", "a");
    trie.add("Arena-Hard-Auto", "b");
    const at = (text: string) => trie.longestAt(tokenize(text), 0)?.values[0];
    expect(at("Arena Hard results")).toBe("a");
    expect(at("ArenaHard results")).toBeUndefined(); // one token: left to the corpus compact-key merge
    expect(at("Arena-Hard-Auto v1")).toBe("b");
  });
});

describe("splitSentences", () => {
  it("does not split at abbreviations, decimals or initials", () => {
    const text = "We use e.g. GRPO with 2.5 times fewer steps (Shao et al. 2024). It works! Done.";
    const parts = splitSentences(text).map((r) => text.slice(r.start, r.end));
    expect(parts).toEqual([
      "We use e.g. GRPO with 2.5 times fewer steps (Shao et al. 2024).",
      "It works!",
      "Done.",
    ]);
  });
});

describe("singularize", () => {
  const cases: [string, string][] = [
    ["models", "model"],
    ["strategies", "strategy"],
    ["biases", "bias"],
    ["analysis", "analysis"],
    ["dynamics", "dynamics"],
    ["matrices", "matrix"],
    ["sizes", "size"],
    ["caches", "cache"],
    ["kv-caches", "kv-cache"],
    ["approaches", "approach"],
    ["movies", "movie"],
    ["metrics", "metric"],
    ["heuristics", "heuristic"],
    ["statistics", "statistics"],
    ["buzzes", "buzz"],
    ["boxes", "box"],
    ["gpus", "gpu"],
    ["corpus", "corpus"],
  ];
  it.each(cases)("%s → %s", (plural, singular) => expect(singularize(plural)).toBe(singular));
});
