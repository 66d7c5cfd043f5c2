import type { ExportGraph } from "@paperkg/core";

/** Text that every format must carry through unchanged: markup, quotes, separators, newlines, emoji. */
export const TRICKY_TITLE = `Attention <is> "all" you & 'need', really?\nA second line; a tab\there — ünïcødé 🚀`;
/** A cell a spreadsheet would run as a formula. */
export const FORMULA_TITLE = '=HYPERLINK("http://example.test")';

/** A small subgraph as the server hands it to the exporters: two papers, two entities, three links. */
export function sampleExportGraph(): ExportGraph {
  return {
    nodes: [
      {
        id: "2401.00001",
        labels: ["Paper"],
        properties: {
          title: TRICKY_TITLE,
          abstract: "We evaluate on GSM8K, MATH and HumanEval.",
          published: "2024-01-02",
          authors: ["Ada Lovelace", "Alan Turing"],
          upvotes: 42,
          community: 3,
          x: 12.5,
          y: -7.25,
          pagerank: 0.0125,
          codeUrl: null,
        },
      },
      {
        id: "title:formula-paper",
        labels: ["Paper"],
        properties: { title: FORMULA_TITLE, abstract: "Plain.", community: 1, x: 0, y: 1, pagerank: 0.5 },
      },
      {
        id: "benchmark:gsm8k",
        labels: ["Benchmark"],
        properties: {
          name: "GSM8K",
          aliases: ["GSM-8K", "grade school math"],
          aliasesText: "GSM-8K grade school math",
          paperCount: 2,
          community: 3,
          x: 10,
          y: -5,
        },
      },
      {
        id: "method:a|b",
        labels: ["Method"],
        properties: { name: "A|B search", aliases: [], paperCount: 1, community: 1, x: -3, y: 4 },
      },
    ],
    edges: [
      {
        id: "r1",
        type: "EVALUATES_ON",
        source: "2401.00001",
        target: "benchmark:gsm8k",
        properties: {
          evidence: ["We evaluate on GSM8K, MATH and HumanEval."],
          spans: ["abstract:15-20"],
          confidence: 0.95,
          rule: "lexicon",
          metric: "accuracy",
          value: "84.3%",
        },
      },
      {
        id: "r2",
        type: "USES",
        source: "title:formula-paper",
        target: "method:a|b",
        properties: { evidence: ['It says "A|B", then\nmore.'], spans: [], confidence: 0.5, rule: "pattern" },
      },
      {
        id: "r3",
        type: "EVALUATES_ON",
        source: "title:formula-paper",
        target: "benchmark:gsm8k",
        properties: { evidence: [], spans: [], confidence: 0.7, rule: "cue", metric: null, value: null },
      },
    ],
  };
}
