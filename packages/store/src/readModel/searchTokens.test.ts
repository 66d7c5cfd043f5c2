import { describe, expect, it } from "vitest";
import { searchTokens, withinOneEdit } from "./searchTokens.ts";

describe("searchTokens", () => {
  const cases: [string, string[]][] = [
    ["Self-Rewarding Language Models", ["self", "rewarding", "language", "models"]],
    ["GPT-4o beats Qwen2.5-7B", ["gpt", "4o", "beats", "qwen2", "5", "7b"]],
    ["Über ﬁne-tuning: Señor", ["uber", "fine", "tuning", "senor"]],
    ['a:b (c]~"\\', ["a", "b", "c"]],
    ["  ", []],
    ["😀 ∑", []],
  ];
  it.each(cases)("%s", (text, words) => {
    expect(searchTokens(text)).toEqual(words);
  });
});

describe("withinOneEdit", () => {
  const cases: [string, string, boolean][] = [
    ["learning", "learning", true],
    ["lerning", "learning", true],
    ["learnings", "learning", true],
    ["leaming", "learning", false],
    ["langauge", "language", true],
    ["lnaguage", "language", true],
    ["lnagauge", "language", false],
    ["modls", "models", true],
    ["model", "mode", true],
    ["model", "models", true],
    ["model", "modal", true],
    ["model", "mdoel", true],
    ["model", "modelss", false],
    ["abc", "cab", false],
  ];
  it.each(cases)("%s ~ %s", (a, b, expected) => {
    expect(withinOneEdit(a, b)).toBe(expected);
    expect(withinOneEdit(b, a)).toBe(expected);
  });
});
