import { describe, expect, it } from "vitest";
import { areaKey, parseAreaKey } from "./areaKey.ts";
import { communityKey, isCommunityKey, parseCommunityKey } from "./communityKey.ts";
import { kindOfId, labelOfId } from "./nodeId.ts";
import { encodeSource, parseSource } from "./source.ts";
import { encodeSpan, parseSpan } from "./span.ts";

describe("labelOfId / kindOfId", () => {
  const cases: [string, string, string][] = [
    ["benchmark:gsm8k", "Benchmark", "benchmark"],
    ["model:qwen2.5-7b", "Model", "model"],
    ["concept:self-play", "Concept", "concept"],
    ["community:3", "Community", "community"],
    ["area:12", "Area", "area"],
    ["2501.01234", "Paper", "paper"],
    ["title:attention-is-all-you-need", "Paper", "paper"],
    [":odd", "Paper", "paper"],
  ];
  it.each(cases)("%s → %s", (id, label, kind) => {
    expect(labelOfId(id)).toBe(label);
    expect(kindOfId(id)).toBe(kind);
  });
});

describe("community keys", () => {
  const cases: [string, number | null, boolean][] = [
    ["community:0", 0, true],
    ["community:42", 42, true],
    ["community:x", null, true],
    ["community:-1", null, true],
    ["community:1.5", null, true],
    ["benchmark:community:1", null, false],
    ["2501.01234", null, false],
  ];
  it.each(cases)("%s → %s", (key, id, isCommunity) => {
    expect(parseCommunityKey(key)).toBe(id);
    expect(isCommunityKey(key)).toBe(isCommunity);
  });
  it("round-trips", () => {
    for (const id of [0, 7, 123456]) expect(parseCommunityKey(communityKey(id))).toBe(id);
    expect(communityKey(3)).toBe("community:3");
  });
});

describe("area keys", () => {
  const cases: [string, number | null][] = [
    ["area:0", 0],
    ["area:812", 812],
    ["area:x", null],
    ["area:-1", null],
    ["community:3", null],
    ["benchmark:area:1", null],
  ];
  it.each(cases)("%s → %s", (key, id) => expect(parseAreaKey(key)).toBe(id));
  it("round-trips", () => {
    for (const id of [0, 7, 999_999]) expect(parseAreaKey(areaKey(id))).toBe(id);
  });
});

describe("spans", () => {
  it("encode as field:start-end", () => {
    expect(encodeSpan({ field: "abstract", start: 812, end: 817 })).toBe("abstract:812-817");
  });
  const cases: [string, ReturnType<typeof parseSpan>][] = [
    ["abstract:812-817", { field: "abstract", start: 812, end: 817 }],
    ["title:0-5", { field: "title", start: 0, end: 5 }],
    ["body:0-5", null],
    ["title:5-5", null],
    ["title:9-5", null],
    ["title:5", null],
    ["abstract:1-2 ", null],
  ];
  it.each(cases)("parse %s", (text, span) => {
    expect(parseSpan(text)).toEqual(span);
  });
});

describe("sources", () => {
  const cases: [string, { file: string; line: number }][] = [
    ["seeds/a.txt:12", { file: "seeds/a.txt", line: 12 }],
    ["C:/data/x.jsonl:3", { file: "C:/data/x.jsonl", line: 3 }],
    ["no-line", { file: "no-line", line: 0 }],
  ];
  it.each(cases)("parse %s", (text, source) => {
    expect(parseSource(text)).toEqual(source);
  });
  it("round-trips a file name with colons", () => {
    const source = { file: "a:b:c.txt", line: 9 };
    expect(encodeSource(source)).toBe("a:b:c.txt:9");
    expect(parseSource(encodeSource(source))).toEqual(source);
  });
});
