import { describe, expect, it } from "vitest";
import { HashCounts } from "./HashCounts.ts";

describe("HashCounts", () => {
  it("counts 52-bit keys as a Map would, across growth and probe collisions", () => {
    const table = new HashCounts();
    const expected = new Map<number, number>();
    let seed = 12345;
    const random = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed;
    };
    // keys that share their low 32 bits or their high bits land on nearby slots
    const keys: number[] = [0, 1, 2 ** 52 - 1, 2 ** 32, 2 ** 32 + 1, 3 * 2 ** 32, 2 ** 51];
    for (let i = 0; i < 5_000; i++) keys.push((random() % 2 ** 20) * 2 ** 32 + random());
    for (let i = 0; i < 20_000; i++) {
      const k = keys[random() % keys.length]!;
      table.increment(k);
      expected.set(k, (expected.get(k) ?? 0) + 1);
    }
    expect(table.size).toBe(expected.size);
    for (const [k, n] of expected) expect(table.get(k)).toBe(n);
    expect(table.get(2 ** 33 + 7)).toBe(expected.get(2 ** 33 + 7) ?? 0);
    expect(table.get(123_456_789_012)).toBe(expected.get(123_456_789_012) ?? 0);
  });

  it("tells a key never counted from key 0", () => {
    const table = new HashCounts();
    expect(table.get(0)).toBe(0);
    table.increment(0);
    expect(table.get(0)).toBe(1);
    expect(table.size).toBe(1);
  });
});
