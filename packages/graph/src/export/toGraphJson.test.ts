import { MultiDirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import { sampleExportGraph, TRICKY_TITLE } from "./sampleExportGraph.testSupport.ts";
import { toGraphJson } from "./toGraphJson.ts";

describe("toGraphJson", () => {
  const source = sampleExportGraph();
  const graph = new MultiDirectedGraph();
  graph.import(JSON.parse(toGraphJson(source)));

  it("reads back into graphology with every node and edge", () => {
    expect(graph.order).toBe(source.nodes.length);
    expect(graph.size).toBe(source.edges.length);
    expect(graph.nodes().sort()).toEqual(source.nodes.map((n) => n.id).sort());
  });

  it("keeps labels and property values, types included, and leaves out internal search text", () => {
    const paper = graph.getNodeAttributes("2401.00001");
    expect(paper.labels).toEqual(["Paper"]);
    expect(paper.title).toBe(TRICKY_TITLE);
    expect(paper.authors).toEqual(["Ada Lovelace", "Alan Turing"]);
    expect(paper.upvotes).toBe(42);
    expect(paper.y).toBe(-7.25);
    const gsm = graph.getNodeAttributes("benchmark:gsm8k");
    expect(gsm.aliases).toEqual(["GSM-8K", "grade school math"]);
    expect(gsm).not.toHaveProperty("aliasesText");
  });

  it("keeps each relationship's type, direction and evidence", () => {
    const edges = graph.mapEdges((_e, attrs, source, target) => [source, target, attrs.type, attrs.evidence]);
    expect(edges).toContainEqual([
      "title:formula-paper",
      "method:a|b",
      "USES",
      ['It says "A|B", then\nmore.'],
    ]);
    expect(edges.filter(([, target]) => target === "benchmark:gsm8k")).toHaveLength(2);
  });
});
