import type { ApiNodeAttributes } from "@paperkg/core";
import { describe, expect, it } from "vitest";
import { decodePaperCursor } from "../reads/paperCursor.ts";
import { modelNeighbors } from "./modelNeighbors.ts";
import { modelPaperPage } from "./modelPaperPage.ts";
import { buildReadModel, buildReadModelYielding, type ModelNodeRow } from "./ReadModel.ts";

const node = (id: string, pagerank: number | null, published: string | null = null): ModelNodeRow => {
  const paper = !id.includes(":");
  const attributes: ApiNodeAttributes = {
    label: id,
    kind: paper ? "paper" : "benchmark",
    community: 1,
    x: 0,
    y: 0,
    pagerank: pagerank ?? 0,
    paperCount: paper ? null : 4,
    published,
  };
  return { id, label: paper ? "Paper" : "Benchmark", attributes, pagerank };
};

// Four papers on one benchmark: two of the same day, one undated; `c` has no PageRank yet.
const nodes = [
  node("a", 0.3, "2025-01-02"),
  node("b", 0.1, "2025-03-04"),
  node("c", null, "2025-03-04"),
  node("d", 0.3),
  node("benchmark:x", 0.2),
];
const papers = ["a", "b", "c", "d"].map((paper) => ({
  paper,
  links: [["EVALUATES_ON", "benchmark:x"]] as [string, string][],
}));
const model = buildReadModel("s", nodes, papers);
const x = model.index.get("benchmark:x")!;
const order = (nodes: Int32Array | number[]) => [...nodes].map((i) => model.ids[i]);

describe("buildReadModel", () => {
  it("builds the same model in steps, the event loop running between them", async () => {
    let turns = 0;
    let building = true;
    const tick = () => {
      if (!building) return;
      turns++;
      setImmediate(tick);
    };
    setImmediate(tick);
    const stepped = await buildReadModelYielding("s", nodes, papers, null, 0);
    building = false;
    expect(turns).toBeGreaterThan(0);
    expect(stepped).toEqual(model);
  });

  it("orders nodes as Cypher's `pagerank DESC, id` does: a missing PageRank first, ties by id", () => {
    expect(order(model.byRank)).toEqual(["c", "a", "d", "benchmark:x", "b"]);
  });

  it("keeps an entity's links newest first (undated last, same day by id descending) and by rank", () => {
    const links = model.inSource.subarray(model.inStart[x]!, model.inStart[x + 1]!);
    expect(order(links)).toEqual(["c", "b", "a", "d"]);
    expect(order(model.inByRank.subarray(model.inStart[x]!, model.inStart[x + 1]!))).toEqual([
      "c",
      "a",
      "d",
      "b",
    ]);
  });
});

describe("modelPaperPage", () => {
  it("pages newest first by keyset cursor, with the total, until no cursor is left", () => {
    const seen: string[] = [];
    let after = null;
    for (let pages = 0; pages < 5; pages++) {
      const page = modelPaperPage(model, x, { limit: 3, after });
      expect(page.total).toBe(4);
      seen.push(...page.links.map((l) => l.paper));
      if (!page.nextCursor) break;
      after = decodePaperCursor(page.nextCursor);
    }
    expect(seen).toEqual(["c", "b", "a", "d"]);
  });
});

describe("modelNeighbors", () => {
  it("lists a benchmark's papers most central first, cut at the limit, with the total", () => {
    const g = modelNeighbors(model, "benchmark:x", { depth: 1, types: [], limit: 2 })!;
    expect(g.nodes.map((n) => n.key)).toEqual(["benchmark:x", "c", "a"]);
    expect(g.attributes).toEqual({ view: "bipartite", truncated: true, totalNodes: 5 });
    expect(g.edges.map((e) => e.key).sort()).toEqual([
      "a|EVALUATES_ON|benchmark:x",
      "c|EVALUATES_ON|benchmark:x",
    ]);
  });

  it("reaches the other papers in two hops, keeps only the asked kinds, and knows no community", () => {
    const g = modelNeighbors(model, "b", { depth: 2, types: ["paper"], limit: 10 })!;
    expect(g.nodes.map((n) => n.key)).toEqual(["b", "c", "a", "d"]);
    expect(g.edges).toEqual([]);
    expect(modelNeighbors(model, "community:1", { depth: 1, types: [], limit: 10 })).toBeNull();
    expect(modelNeighbors(model, "benchmark:unknown", { depth: 1, types: [], limit: 10 })).toBeNull();
  });
});
