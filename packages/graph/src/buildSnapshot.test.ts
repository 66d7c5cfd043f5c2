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

  it("builds the same snapshot from the parts an earlier build gave, without reading those papers' extractions", () => {
    const C = { ...paper("c", "Title words. We fine-tune LoRA and LoRA again."), title: "LoRA in the title" };
    const lora = method("LoRA", 26, "We fine-tune LoRA and LoRA again.");
    const xs: Extraction[] = [
      extractions[0]!,
      {
        paper: { id: "c", title: C.title },
        entities: [
          { ...lora, mentions: [...lora.mentions, { ...lora.mentions[0]!, start: 35, end: 39 }] },
          {
            ...method("LoRA", 0, C.title),
            mentions: [
              { ...lora.mentions[0]!, field: "title" as const, start: 0, end: 4, sentence: C.title },
            ],
          },
        ],
      },
      extractions[1]!,
    ];
    const parts = new Map<string, string>();
    const first = buildSnapshot([A, B, C], xs, { onPart: (id, part) => void parts.set(id, part) });
    expect([...parts.keys()].sort(), "no part for a paper with a rejected entity").toEqual(["a", "c"]);
    // the extractions of papers with a part are never read
    const unread = xs.map((x) =>
      parts.has(x.paper.id)
        ? Object.defineProperty({ paper: x.paper }, "entities", {
            get: () => {
              throw new Error(`read ${x.paper.id}`);
            },
          })
        : x,
    ) as Extraction[];
    const again = buildSnapshot([A, B, C], unread, { part: (id) => parts.get(id) });
    expect(JSON.stringify(again)).toBe(JSON.stringify(first));
    // a part of another text (the abstract cut shorter than its evidence) or a damaged one is not taken
    const shorter = { ...C, abstract: "Title words." };
    const other = buildSnapshot([A, B, shorter], xs, { part: (id) => parts.get(id) });
    expect(JSON.stringify(other)).toBe(JSON.stringify(buildSnapshot([A, B, shorter], xs)));
    const damaged = buildSnapshot([A, B, C], xs, { part: (id) => parts.get(id)?.slice(0, 30) });
    expect(JSON.stringify(damaged)).toBe(JSON.stringify(first));
  });
});
