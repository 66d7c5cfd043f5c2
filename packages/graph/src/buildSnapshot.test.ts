import type { Extraction, Paper } from "@paperkg/core";
import { describe, expect, it } from "vitest";
import { buildSnapshot } from "./buildSnapshot.ts";

const paper = (id: string, abstract: string): Paper => ({
  id,
  title: `Title ${id}`,
  abstract,
  codeUrls: [],
  sources: [{ file: "x.jsonl", line: 1 }],
});
const method = (name: string, start: number, sentence: string) => ({
  type: "method" as const,
  id: `method:${name.toLowerCase()}`,
  name,
  proposed: false,
  confidence: 0.9,
  family: null,
  mentions: [
    { field: "abstract" as const, text: name, start, end: start + name.length, sentence, rule: "lexicon" },
  ],
});

const A = paper("a", "We use LoRA here.");
const B = paper("b", "We use DPO there.");
const extractions: Extraction[] = [
  { paper: { id: "a", title: A.title }, entities: [method("LoRA", 7, A.abstract)] },
  // the span points at "DPO" one character off: rejected
  { paper: { id: "b", title: B.title }, entities: [method("DPO", 8, B.abstract)] },
];

describe("buildSnapshot", () => {
  it("rejects an entity whose span does not match the text and names its paper", () => {
    const { snapshot, diagnostics, rejected } = buildSnapshot([A, B], extractions);
    expect(rejected).toEqual(["b"]);
    expect(diagnostics.map((d) => d.code)).toEqual(["BAD_EXTRACTION"]);
    expect(snapshot.entities.map((e) => e.id)).toEqual(["method:lora"]);
  });

  it("takes the entities of papers the caller vouches for as they are, and gives the same snapshot for sound ones", () => {
    const all = buildSnapshot([A, B], extractions, { checked: () => true });
    expect(all.rejected).toEqual([]);
    expect(all.snapshot.entities.map((e) => e.id)).toEqual(["method:dpo", "method:lora"]);
    const some = buildSnapshot([A, B], extractions, { checked: (id) => id === "a" });
    expect(some).toEqual(buildSnapshot([A, B], extractions));
  });
});
