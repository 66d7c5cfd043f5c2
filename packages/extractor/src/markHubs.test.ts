import { describe, expect, it } from "vitest";
import { extractPapers } from "./extractPapers.ts";
import { listHubs } from "./markHubs.ts";

/** 60 papers: GSM8K on `onGsm` of them, MMLU on 6, a distinct model on each. */
function corpus(onGsm: number) {
  return Array.from({ length: 60 }, (_, i) => ({
    id: `p${i}`,
    title: `Paper ${i}`,
    abstract: `We train Qwen2.5-${i + 1}B and evaluate it on ${i < onGsm ? "GSM8K" : i < onGsm + 6 ? "MMLU" : "nothing known"}.`,
  }));
}

describe("hub marking in the corpus pass", () => {
  it("marks an entity on more than a fifth of the papers, and only that one", async () => {
    const out = await extractPapers(corpus(13), { workers: 1 });
    const gsm = out.flatMap((x) => x.entities).filter((e) => e.id === "benchmark:gsm8k");
    expect(gsm).toHaveLength(13);
    expect(gsm.every((e) => e.hub === true)).toBe(true);
    const others = out.flatMap((x) => x.entities).filter((e) => e.id !== "benchmark:gsm8k");
    expect(others.some((e) => e.id === "benchmark:mmlu")).toBe(true);
    expect(others.every((e) => e.hub === undefined)).toBe(true);
    expect(listHubs(out)).toEqual([{ id: "benchmark:gsm8k", name: "GSM8K", papers: 13 }]);
  });

  it("does not mark an entity on exactly a fifth of the papers, nor anything in a small corpus", async () => {
    const out = await extractPapers(corpus(12), { workers: 1 });
    expect(listHubs(out)).toEqual([]);
    const small = await extractPapers(corpus(12).slice(0, 20), { workers: 1 });
    expect(listHubs(small)).toEqual([]);
  });
});
