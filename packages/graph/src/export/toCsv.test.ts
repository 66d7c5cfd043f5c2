import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { FORMULA_TITLE, sampleExportGraph, TRICKY_TITLE } from "./sampleExportGraph.testSupport.ts";
import { toCsv } from "./toCsv.ts";

describe("toCsv", () => {
  const source = sampleExportGraph();
  const text = toCsv(source);
  const rows: Record<string, string>[] = parse(text, { columns: true, relax_column_count: false });
  const nodeRows = rows.filter((r) => r.record === "node");
  const edgeRows = rows.filter((r) => r.record === "edge");

  it("parses as one rectangular table with a row per node and per edge", () => {
    expect(nodeRows).toHaveLength(source.nodes.length);
    expect(edgeRows).toHaveLength(source.edges.length);
    expect(rows).toHaveLength(nodeRows.length + edgeRows.length);
  });

  it("keeps ids, labels and text with quotes, commas and line breaks", () => {
    expect(nodeRows.map((r) => r.id).sort()).toEqual(source.nodes.map((n) => n.id).sort());
    const paper = nodeRows.find((r) => r.id === "2401.00001")!;
    expect(paper.labels).toBe("Paper");
    expect(paper.title).toBe(TRICKY_TITLE);
    expect(paper.authors!.split("|")).toEqual(["Ada Lovelace", "Alan Turing"]);
    expect(Number(paper.y)).toBe(-7.25);
    expect(Object.keys(paper)).not.toContain("aliasesText");
  });

  it("keeps each edge's endpoints, relationship and properties", () => {
    expect(edgeRows.map((r) => [r.source, r.target, r.relationship])).toEqual(
      source.edges.map((e) => [e.source, e.target, e.type]),
    );
    expect(edgeRows[1]!.evidence).toBe('It says "A|B", then\nmore.');
    expect(Number(edgeRows[0]!.confidence)).toBe(0.95);
  });

  it("defuses cells a spreadsheet would run as formulas", () => {
    const cell = nodeRows.find((r) => r.id === "title:formula-paper")!.title!;
    expect(cell).not.toMatch(/^[=+\-@]/);
    expect(cell.endsWith(FORMULA_TITLE)).toBe(true);
  });
});
