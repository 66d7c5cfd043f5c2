import { describe, expect, it } from "vitest";
import { letterRuns, spelledWith } from "./dropSpelledOtherSense.ts";

/** The pattern the scan on letter runs stands for: a word per letter, spaces or hyphens between. */
function byPattern(acronym: string, text: string): string[] {
  const letters = [...acronym.replace(/s$/, "").toLowerCase()];
  const words = new RegExp(
    String.raw`(?<![\p{L}\d])${letters.map((l) => `${l}[\\p{L}]+`).join(String.raw`[\s-]+`)}(?![\p{L}\d])`,
    "giu",
  );
  return [...text.matchAll(words)].map((m) => m[0]);
}

function byRuns(acronym: string, text: string): string[] {
  const letters = [...acronym.replace(/s$/, "").toLowerCase()];
  return [
    ...spelledWith(
      letters.map((l) => new RegExp(l, "iuy")),
      text,
      letterRuns(text),
    ),
  ];
}

describe("spelledWith", () => {
  const cases: [string, string][] = [
    ["MAE", "a Mean Absolute Error of 1.2 K and a mean absolute error of 2 K (MAE)"],
    ["MAE", "masked auto-encoders, Masked Autoencoder Errors, mean  -\u00a0absolute\terror"],
    ["MAE", "1mean absolute error, mean absolute error2, x-mean absolute error"],
    ["MAE", "mean absolute error mean absolute errors, m a e, ma ab er"],
    ["KD", "\u212Anowledge distillation and ſome Knowledge-Distillation"],
    ["SFT", "supervised fine tuning; Supervised Fine-Tuning; supervised fine—tuning"],
    ["VAEs", "𝐕ariational 𝐀uto 𝐄ncoders and variational auto encoders"],
    ["RL", "reinforcement learning: Reinforcement\nLearning, reinforcement_learning"],
    ["LLM", "large language models large language models large language"],
  ];
  it.each(cases)("finds what the word pattern finds for %s", (acronym, text) => {
    const expected = byPattern(acronym, text);
    expect(byRuns(acronym, text)).toEqual(expected);
  });

  it("finds the spelled words themselves", () => {
    const text = "the Mean Absolute Error (MAE) of a masked autoencoder, its mean-absolute error";
    expect(byRuns("MAE", text)).toEqual(["Mean Absolute Error", "mean-absolute error"]);
  });
});
