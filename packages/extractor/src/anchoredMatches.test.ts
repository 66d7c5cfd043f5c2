import { describe, expect, it } from "vitest";
import { anchoredMatches } from "./anchoredMatches.ts";

/** Up to three words before a head noun, as the benchmark cue reads them. */
const CUE =
  /(?<![\p{L}\d.+-])((?:[\p{L}\d](?:[\p{L}\d.+-]*[\p{L}\d+])? ){0,2}[\p{L}\d][\p{L}\d.+-]*) (?:dataset|data set)s?(?![\p{L}\d])/gu;
const ANCHOR = / (?:dataset|data set)/g;

/** What a plain `exec` loop over the whole text finds: the reference. */
function execAll(re: RegExp, text: string): string[] {
  const out: string[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) out.push(`${m.index}:${m[0]}|${m[1]}`);
  return out;
}
const anchored = (text: string) =>
  anchoredMatches(CUE, ANCHOR, 2, text).map((m) => `${m.index}:${m[0]}|${m[1]}`);

describe("anchoredMatches", () => {
  it.each([
    "We evaluate on the Cityscapes dataset and the PASCAL VOC 2012 dataset.",
    "a b c d e dataset",
    "X dataset dataset datasets",
    "the data set, the big data set and 𝐀𝐁 dataset",
    "no anchor here at all",
    "dataset at the start, then one dataset\nand a new-line dataset",
    "U.S. dataset; A+ dataset; x.y. dataset",
  ])("finds what exec finds: %s", (text) => {
    expect(anchored(text)).toEqual(execAll(CUE, text));
  });

  it("finds the matches a plain exec loop finds on mixed random text", () => {
    const parts = [
      "a",
      "B2",
      "x.y",
      "+",
      "-",
      " ",
      " ",
      "dataset",
      "data set",
      "datasets",
      ".",
      ",",
      "𝐀",
      "é",
      "\n",
      "12",
    ];
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed;
    };
    for (let n = 0; n < 3_000; n++) {
      let text = "";
      for (let i = 0, len = 1 + (next() % 14); i < len; i++) text += parts[next() % parts.length];
      expect(anchored(text), JSON.stringify(text)).toEqual(execAll(CUE, text));
    }
  });

  it("yields each match once, in order, and none without an anchor", () => {
    expect(anchored("the Foo dataset and Bar data sets")).toEqual([
      "0:the Foo dataset|the Foo",
      "16:and Bar data sets|and Bar",
    ]);
    expect(anchored("the Foo corpus")).toEqual([]);
  });
});
