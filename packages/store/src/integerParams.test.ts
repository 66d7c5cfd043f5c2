import neo4j, { isInt } from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { integerParams } from "./integerParams.ts";

describe("integerParams", () => {
  it("turns whole JSON numbers into driver Integers, at any depth", () => {
    const out = integerParams(
      JSON.parse('{"n": 5, "list": [1, 2.5, -3], "map": {"k": 0, "deep": [{"x": 7}]}}'),
    );
    expect(isInt(out.n)).toBe(true);
    expect(String(out.n)).toBe("5");
    const list = out.list as unknown[];
    expect(isInt(list[0])).toBe(true);
    expect(list[1]).toBe(2.5);
    expect(String(list[2])).toBe("-3");
    const map = out.map as { k: unknown; deep: { x: unknown }[] };
    expect(isInt(map.k)).toBe(true);
    expect(String(map.deep[0]!.x)).toBe("7");
  });

  const unchanged: [string, unknown][] = [
    ["a fraction", 0.1],
    ["beyond 2^53", 2 ** 60],
    ["NaN", Number.NaN],
    ["a string of digits", "42"],
    ["a boolean", true],
    ["null", null],
  ];
  it.each(unchanged)("leaves %s as it is", (_, value) => {
    expect(integerParams({ v: value }).v).toBe(value);
  });

  it("passes driver values through untouched", () => {
    const big = neo4j.int("9007199254740993");
    const date = new neo4j.types.Date(2024, 1, 2);
    const out = integerParams({ big, date });
    expect(out.big).toBe(big);
    expect(out.date).toBe(date);
  });
});
