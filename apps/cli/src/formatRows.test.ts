import { describe, expect, it } from "vitest";
import { formatRows } from "./formatRows.ts";

describe("formatRows", () => {
  const columns = ["name", "n"];
  const rows = [
    { name: 'He said "hi", then left', n: 2 },
    { name: "plain", n: null },
  ];

  it("quotes CSV cells that hold commas or quotes", () => {
    expect(formatRows(columns, rows, "csv").split("\n")).toEqual([
      "name,n",
      '"He said ""hi"", then left",2',
      "plain,",
      "",
    ]);
  });

  it("prints JSON as an array of row objects", () => {
    expect(JSON.parse(formatRows(columns, rows, "json"))).toEqual(rows);
  });

  it("aligns table columns", () => {
    const [header, rule, first] = formatRows(columns, rows, "table").split("\n");
    expect(header!.indexOf("│")).toBe(first!.indexOf("│"));
    expect(rule).toMatch(/^─+─┼──+$/);
  });
});
