import type { ApiNodeAttributes } from "@paperkg/core";
import { describe, expect, it } from "vitest";
import { ModelLinksBuilder, ModelPropsBuilder } from "./ModelText.ts";
import { modelSearch } from "./modelSearch.ts";
import { buildReadModel, type ModelNodeRow } from "./ReadModel.ts";

const papers: [id: string, title: string, abstract: string][] = [
  ["p1", "Self-Rewarding Language Models", "Language models that reward themselves."],
  ["p2", "Process-based Self-Rewarding Language Models", "A process reward for self-rewarding models."],
  ["p3", "Vision Transformers Need Registers", "Artifacts in feature maps of ViT models."],
  ["p4", "An Image is Worth 16x16 Words: Transformers for Vision", "Pure transformers applied to patches."],
  ["p5", "Scaling Laws Revisited", "We train Chinchilla-style models on GSM8K."],
  ["p6", "Chinchilla Scaling", "Compute-optimal training."],
  ["p7", "Solving GSM8K with Verifiers", "Math word problems."],
  ["p8", "Agent Laboratory", "Research assistants."],
  [
    "p9",
    "Learning to Plan Long Horizon Robot Manipulation Tasks from Human Video Demonstrations with Sparse Reward Signals",
    "Robots.",
  ],
  [
    "p10",
    "Learning to Plan Long Horizon Robot Manipulation Tasks from Human Video Demonstrations Revisited",
    "Robots again.",
  ],
];
const entities: [id: string, name: string, aliases: string[], paperCount: number][] = [
  ["benchmark:gsm8k", "GSM8K", ["grade school math 8k"], 40],
  ["benchmark:gsm8k-hard", "GSM8K-Hard", [], 3],
  ["method:rlhf", "reinforcement learning from human feedback", ["RLHF"], 12],
  ["concept:reinforcement-learning", "reinforcement learning", [], 30],
  ["concept:llm-agent", "LLM agent", [], 5],
  ["method:agentarch", "AgentArch", [], 2],
];

/** A read model of the papers and entities above, with their text (no links). */
function model() {
  const props = new ModelPropsBuilder();
  const links = new ModelLinksBuilder();
  const nodes: ModelNodeRow[] = [];
  const attributes = (label: string, kind: ApiNodeAttributes["kind"], paperCount: number | null) => ({
    label,
    kind,
    community: 0,
    x: 0,
    y: 0,
    pagerank: 0,
    paperCount,
    published: null,
  });
  const slots: number[] = [];
  for (const [id, title, abstract] of papers) {
    nodes.push({ id, label: "Paper", attributes: attributes(title, "paper", null), pagerank: 0 });
    props.addNode({ id, title });
    slots.push(links.addPaper(title, abstract));
  }
  for (const [id, name, aliases, paperCount] of entities) {
    const kind = id.split(":")[0] as ApiNodeAttributes["kind"];
    nodes.push({ id, label: "Benchmark", attributes: attributes(name, kind, paperCount), pagerank: 0 });
    props.addNode({ id, name, aliases, paperCount });
    slots.push(-1);
  }
  return buildReadModel("s", nodes, [], {
    ...props.done(),
    ...links.done(),
    absSlot: Int32Array.from(slots),
  });
}

const m = model();
const search = (q: string, limit = 20) => modelSearch(m, q, limit)!.results.map((r) => r.id);

describe("modelSearch: exact, starts-with, every word, prefix or abstract, typo", () => {
  const cases: [query: string, expected: string[]][] = [
    // The paper titled exactly as typed first, case and punctuation aside; then titles holding the words.
    ["Self-Rewarding Language Models", ["p1", "p2"]],
    ["self rewarding language models", ["p1", "p2"]],
    // A long pasted title (16 words) is still matched whole, above a title sharing its first 12.
    [
      "Learning to Plan Long Horizon Robot Manipulation Tasks from Human Video Demonstrations with Sparse Reward Signals",
      ["p9"],
    ],
    // An entity named exactly; then a name starting with it; then a title holding it; then an abstract.
    ["GSM8K", ["benchmark:gsm8k", "benchmark:gsm8k-hard", "p7", "p5"]],
    // An alias counts as a name.
    ["rlhf", ["method:rlhf"]],
    ["grade school math 8k", ["benchmark:gsm8k"]],
    // Starting with the word, then holding it, then starting with it as a prefix.
    ["agent", ["p8", "concept:llm-agent", "method:agentarch"]],
    // The last word as a prefix: a title starting with the words before one only containing them.
    ["vision transf", ["p3", "p4"]],
    // A title word beats the same word in an abstract.
    ["chinchilla", ["p6", "p5"]],
    // One edit per word (a letter dropped, two swapped); the name covering the query first.
    ["reinforcment lerning", ["concept:reinforcement-learning", "method:rlhf"]],
    ["self-rewardng langauge modls", ["p1", "p2"]],
    // Words under three letters match only exactly; nothing matches every word.
    ["gs", []],
    ["gsm8k registers", []],
    ["zzzz", []],
  ];
  it.each(cases)("%s", (query, expected) => {
    expect(search(query)).toEqual(expected);
  });

  it("keeps `limit` hits, best first, and gives each a snippet", () => {
    expect(search("GSM8K", 2)).toEqual(["benchmark:gsm8k", "benchmark:gsm8k-hard"]);
    const hits = modelSearch(m, "GSM8K", 4)!.results;
    expect(hits[0]!.snippet).toBe("grade school math 8k");
    expect(hits[3]!.snippet).toBe("We train Chinchilla-style models on GSM8K.");
    expect(hits.map((h) => h.score)).toEqual([...hits.map((h) => h.score)].sort((a, b) => b - a));
  });

  it("answers alike after its scratch stamps start again", () => {
    const before = search("reinforcment lerning");
    m.search!.scratch.stamp = 100_000_001;
    expect(search("reinforcment lerning")).toEqual(before);
    expect(m.search!.scratch.stamp).toBeLessThan(100);
  });

  it("answers text with search syntax or no words at all", () => {
    for (const q of ['a:b (c]~"\\', "AND OR NOT", "*", "title:[a TO z]", "😀 ∑"])
      expect(modelSearch(m, q, 10)!.query).toBe(q);
  });
});
