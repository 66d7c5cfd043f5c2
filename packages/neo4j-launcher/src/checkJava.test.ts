import { describe, expect, it } from "vitest";
import { parseJavaMajor } from "./checkJava.ts";

describe("parseJavaMajor", () => {
  const cases: [string, number | null][] = [
    ['openjdk version "17.0.15" 2025-04-15', 17],
    ['java version "1.8.0_392"', 8],
    ['openjdk version "21" 2023-09-19', 21],
    ["something else entirely", null],
  ];
  it.each(cases)("%s → %s", (output, expected) => {
    expect(parseJavaMajor(output)).toBe(expected);
  });
});
