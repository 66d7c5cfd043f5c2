import { describe, expect, it } from "vitest";
import { sortRows, toggleSort } from "./sortRows.ts";

const rows = [
  { t: "b", d: "2025-02-01", v: 3 },
  { t: "a", d: null, v: 10 },
  { t: "c", d: "2024-12-01", v: null },
];
const get = (r: (typeof rows)[number], k: "t" | "d" | "v") => r[k];

describe("sortRows", () => {
  const cases: [string, "t" | "d" | "v", "asc" | "desc", string[]][] = [
    ["title asc", "t", "asc", ["a", "b", "c"]],
    ["date desc, missing last", "d", "desc", ["b", "c", "a"]],
    ["date asc, missing last", "d", "asc", ["c", "b", "a"]],
    ["numbers numerically", "v", "asc", ["b", "a", "c"]],
  ];
  it.each(cases)("%s", (_n, key, dir, expected) => {
    expect(sortRows(rows, { key, dir }, get).map((r) => r.t)).toEqual(expected);
  });
  it("toggles direction on the same key", () => {
    expect(toggleSort({ key: "t", dir: "asc" }, "t")).toEqual({ key: "t", dir: "desc" });
    expect(toggleSort({ key: "t", dir: "desc" }, "d")).toEqual({ key: "d", dir: "asc" });
  });
});
