import { describe, expect, it } from "vitest";
import { type SiteSelectorFlags, siteSelector } from "./exportSite.ts";

describe("siteSelector", () => {
  const cases: [SiteSelectorFlags, ReturnType<typeof siteSelector>][] = [
    [{}, null],
    [{ community: "42" }, { type: "community", community: 42 }],
    [{ benchmark: "benchmark:gsm8k" }, { type: "benchmark", id: "benchmark:gsm8k" }],
    [
      { node: "model:gpt-4", depth: "2" },
      { type: "node", id: "model:gpt-4", depth: 2 },
    ],
    [{ node: "model:gpt-4" }, { type: "node", id: "model:gpt-4", depth: 1 }],
    [{ ids: " a, b ,,c" }, { type: "ids", ids: ["a", "b", "c"] }],
  ];
  it.each(cases)("reads %j as the same selector /api/export takes", (flags, expected) => {
    expect(siteSelector(flags)).toEqual(expected);
  });

  const refused: [SiteSelectorFlags, RegExp][] = [
    [{ community: "5", ids: "a" }, /at most one of --community, --ids/],
    [{ community: "x" }, /--community: "x" is not a community id/],
    [{ node: "n", depth: "4" }, /--depth must be 1, 2 or 3/],
    [{ ids: " , " }, /--ids is empty/],
  ];
  it.each(refused)("refuses %j, naming the flag", (flags, message) => {
    expect(() => siteSelector(flags)).toThrow(message);
  });
});
