import { describe, expect, it } from "vitest";
import { csvCell, isFormulaLike } from "./csvCell.ts";
import { toCsv } from "./toCsv.ts";

describe("csvCell formula guard", () => {
  const formulas: string[] = [
    "=1+1",
    '=HYPERLINK("http://x","y")',
    "+cmd|' /C calc'!A0",
    "+1+1",
    "-2+3+cmd|' /C calc'!A0",
    "-2+…",
    "-1)*cmd|x",
    "- 2",
    "-",
    "@SUM(1+1)*cmd|x",
    "@",
    "\t=1+1",
    "\tplain after a tab",
    "\r=1+1",
    "\n=1",
    " =1+1",
    "  @SUM(A1)",
    "\uff1d1+1",
    "\uff0bcmd",
    "\uff0d2+3",
    "\uff20SUM(A1)",
    "+-1",
  ];
  it.each(formulas)("guards %j: a leading apostrophe, quoted", (text) => {
    expect(isFormulaLike(text)).toBe(true);
    const cell = csvCell(text);
    expect(cell.startsWith(`"'`)).toBe(true);
    expect(cell.endsWith('"')).toBe(true);
    expect(cell.slice(2, -1).replace(/""/g, '"')).toBe(text);
  });

  const values: [string, string][] = [
    ["-2", "-2"],
    ["+3.5", "+3.5"],
    ["-0.25", "-0.25"],
    ["-1e-5", "-1e-5"],
    ["-.5", "-.5"],
    ["42", "42"],
    ["GSM8K", "GSM8K"],
    ["a = b", "a = b"],
    ["x-y@z", "x-y@z"],
    ["", ""],
    ["a,b", '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ["line\nbreak", '"line\nbreak"'],
  ];
  it.each(values)("leaves %j as a value (%s)", (text, expected) => {
    expect(isFormulaLike(text)).toBe(false);
    expect(csvCell(text)).toBe(expected);
  });

  it("guards formula-like ids, labels and properties in a whole export", () => {
    const csv = toCsv({
      nodes: [
        {
          id: "=cmd",
          labels: ["Paper"],
          properties: { title: "-2+3+cmd|x", upvotes: -2, score: "@SUM(A1)" },
        },
      ],
      edges: [{ id: "e1", source: "=cmd", target: "+b", type: "USES", properties: { value: "\t=1" } }],
    });
    const lines = csv.trimEnd().split("\n");
    expect(lines[1]).toContain(`"'=cmd"`);
    expect(lines[1]).toContain(`"'-2+3+cmd|x"`);
    expect(lines[1]).toContain(`"'@SUM(A1)"`);
    expect(lines[1]).toContain(",-2,");
    expect(lines[2]).toContain(`"'+b"`);
    expect(lines[2]).toContain(`"'\t=1"`);
    for (const line of lines.slice(1)) expect(line).not.toMatch(/(^|,)[=+@\t]/);
  });
});
