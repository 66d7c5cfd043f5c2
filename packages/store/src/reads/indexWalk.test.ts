import { describe, expect, it } from "vitest";
import { chooseIndexWalk, type IndexWalk } from "./indexWalk.ts";

describe("chooseIndexWalk", () => {
  const cases: [total: number, papers: number, limit: number, expected: IndexWalk][] = [
    [0, 68_667, 50, "expand"],
    [12, 68_667, 50, "expand"],
    [800, 68_667, 50, "expand"],
    [22_275, 68_667, 50, "index"],
    [22_275, 68_667, 500, "index"],
    [5_000, 68_667, 51, "index"],
    [5_000, 68_667, 500, "expand"],
    [40, 261, 5, "expand"],
    [120, 261, 5, "index"],
  ];
  it.each(cases)("%i of %i papers, first %i: %s", (total, papers, limit, expected) => {
    expect(chooseIndexWalk(total, papers, limit)).toBe(expected);
  });
});
