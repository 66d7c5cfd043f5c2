import type { ExtractedEntity, StatedResult } from "@paperkg/core";
import { describe, expect, it } from "vitest";
import { linkResults } from "./linkResults.ts";

const abstract =
  "We train Zeta-7B with DPO. Zeta-7B achieves 84.3% accuracy on GSM8K, and Llama-3-8B reaches 80.1% on GSM8K. DPO alone improves by 5% on GSM8K.";
const sentences = abstract.split(/(?<=\.) /);

const entity = (type: ExtractedEntity["type"], name: string): ExtractedEntity => {
  const mentions: ExtractedEntity["mentions"] = [];
  for (let i = abstract.indexOf(name); i >= 0; i = abstract.indexOf(name, i + 1)) {
    mentions.push({
      field: "abstract",
      text: name,
      start: i,
      end: i + name.length,
      sentence: sentences.find((s) => abstract.indexOf(s) <= i && i < abstract.indexOf(s) + s.length)!,
      rule: "test",
    });
  }
  return {
    type,
    id: `${type}:${name.toLowerCase()}`,
    name,
    proposed: false,
    confidence: 1,
    family: null,
    mentions,
  };
};
const stated = (value: string, relative = false): StatedResult => {
  const at = abstract.indexOf(value);
  return {
    metric: "accuracy",
    value,
    raw: value,
    number: Number.parseFloat(value),
    unit: "%",
    relative,
    at,
    sentence: sentences.find((s) => abstract.indexOf(s) <= at && at < abstract.indexOf(s) + s.length)!,
  };
};

describe("linkResults", () => {
  const entities = [entity("model", "Zeta-7B"), entity("model", "Llama-3-8B"), entity("method", "DPO")];
  const cases: [value: string, relative: boolean, subject: string | null][] = [
    ["84.3%", false, "model:zeta-7b"],
    ["80.1%", false, "model:llama-3-8b"],
    ["5%", true, "method:dpo"],
  ];
  it.each(cases)("%s → %s", (value, relative, subject) => {
    const [r] = linkResults([stated(value, relative)], entities);
    expect(r?.subject?.id ?? null).toBe(subject);
    expect(r?.relative).toBe(relative);
  });
  it("fills number, unit and raw for results extracted before they were kept", () => {
    expect(linkResults([{ metric: "score", value: "65.4%" }], entities)).toEqual([
      {
        metric: "score",
        value: "65.4%",
        raw: "65.4%",
        number: 65.4,
        unit: "%",
        relative: false,
        subject: null,
      },
    ]);
  });
});
