import type { Extraction } from "@paperkg/core";
import { describe, expect, it } from "vitest";
import { matchKey, scoreExtractions } from "./scoreExtractions.ts";

const entity = (
  type: "benchmark" | "model",
  name: string,
  aliases: string[] = [],
): Extraction["entities"][number] => ({
  type,
  id: `${type}:${name.toLowerCase()}`,
  name,
  proposed: false,
  confidence: 0.9,
  family: null,
  ...(aliases.length ? { aliases } : {}),
  mentions: [{ field: "abstract", text: name, start: 0, end: name.length, sentence: name, rule: "test" }],
});

describe("scoreExtractions", () => {
  it("folds case, hyphens and plurals when comparing names", () => {
    const cases: [string, string][] = [
      ["Qwen-2.5", "qwen2.5"],
      ["Arena Hard", "Arena-Hard"],
      ["Large Language Models", "large language model"],
    ];
    for (const [a, b] of cases) expect(matchKey(a)).toBe(matchKey(b));
    expect(matchKey("GSM8K")).not.toBe(matchKey("GSM8"));
  });

  it("counts one-to-one matches, misses and false alarms per type", () => {
    const x: Extraction = {
      paper: { id: "p", title: "t" },
      entities: [entity("benchmark", "GSM8K"), entity("benchmark", "MATH-500"), entity("benchmark", "Foo")],
    };
    const s = scoreExtractions(
      [x],
      [{ id: "p", gold: { benchmark: [["GSM8K"], ["MATH500", "MATH-500"], ["AIME"]] } }],
      ["benchmark"],
    );
    expect(s.benchmark).toMatchObject({ tp: 2, fp: 1, fn: 1 });
    expect(s.benchmark!.f1).toBeCloseTo(2 / 3, 5);
  });

  it("in overlap mode finds a gold phrase that contains the predicted name", () => {
    const x: Extraction = { paper: { id: "p", title: "t" }, entities: [entity("benchmark", "SNLI")] };
    const gold = [{ id: "p", gold: { benchmark: [["SNLI corpus"], ["MultiNLI"]] } }];
    expect(scoreExtractions([x], gold, ["benchmark"], "exact").benchmark!.tp).toBe(0);
    expect(scoreExtractions([x], gold, ["benchmark"], "overlap").benchmark).toMatchObject({
      tp: 1,
      fp: 0,
      fn: 1,
    });
  });
});

describe("scoreExtractions strict exact mode", () => {
  it("counts a second prediction for one gold entity as a false positive", () => {
    const x: Extraction = {
      paper: { id: "p", title: "t" },
      entities: [entity("benchmark", "MATH-500"), entity("benchmark", "MATH500", ["MATH 500"])],
    };
    const gold = [{ id: "p", gold: { benchmark: [["MATH500", "MATH-500"]] } }];
    expect(scoreExtractions([x], gold, ["benchmark"]).benchmark).toMatchObject({ tp: 1, fp: 1, fn: 0 });
  });
});

describe("scoreExtractions shared mode", () => {
  it("lets one exact spelling satisfy several gold entities that list it", () => {
    const x: Extraction = { paper: { id: "p", title: "t" }, entities: [entity("benchmark", "WMT'14")] };
    const gold = [
      {
        id: "p",
        gold: {
          benchmark: [
            ["WMT2014 English-German", "WMT'14"],
            ["WMT2014 German-English", "WMT'14"],
          ],
        },
      },
    ];
    expect(scoreExtractions([x], gold, ["benchmark"], "exact").benchmark).toMatchObject({ tp: 1, fn: 1 });
    expect(scoreExtractions([x], gold, ["benchmark"], "shared").benchmark).toMatchObject({
      tp: 2,
      fn: 0,
      fp: 0,
    });
  });
});
