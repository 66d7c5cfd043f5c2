import { describe, expect, it } from "vitest";
import { HELD_HEAP_PAPERS, holdHeapGrowth } from "./holdHeapGrowth.ts";

describe("holdHeapGrowth", () => {
  it("runs the phase and returns what it returns, on a small corpus and a large one", () => {
    expect(holdHeapGrowth(10, () => "small")).toBe("small");
    expect(holdHeapGrowth(HELD_HEAP_PAPERS, () => holdHeapGrowth(HELD_HEAP_PAPERS * 2, () => "nested"))).toBe(
      "nested",
    );
  });

  it("lets the phase's error through, and runs the next phase as before", () => {
    expect(() =>
      holdHeapGrowth(HELD_HEAP_PAPERS, () => {
        throw new Error("phase failed");
      }),
    ).toThrow("phase failed");
    // the phase allocates and drops more than the held growth: collections run, nothing is lost
    const kept = holdHeapGrowth(HELD_HEAP_PAPERS, () => {
      let last: number[] = [];
      for (let i = 0; i < 200; i++) last = Array.from({ length: 10_000 }, (_x, j) => i + j);
      return last;
    });
    expect(kept[0]).toBe(199);
    expect(kept.length).toBe(10_000);
  });
});
