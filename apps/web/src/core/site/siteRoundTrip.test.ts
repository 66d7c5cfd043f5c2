import {
  type ExportGraph,
  SiteBoardChunk,
  SiteIndex,
  SiteManifest,
  SitePaperChunk,
  siteChunk,
} from "@paperkg/core";
import { buildSiteData } from "@paperkg/graph";
import { describe, expect, it } from "vitest";
import { DEFAULT_FILTERS } from "../filters/types.ts";
import { siteBenchmarkPapers } from "./siteBenchmarks.ts";
import { openSiteDb } from "./siteDb.ts";
import { entityDetail, entityPageRows, entityPapers, paperDetail } from "./siteDetail.ts";
import { siteFinder, siteRelated } from "./siteFinder.ts";
import { siteCommunitiesGraph, siteGraph, siteNeighbors } from "./siteGraph.ts";
import { siteSearch } from "./siteSearch.ts";

const A1 = "We propose FooNet for reading.";
const A2 = " FooNet beats BarNet on GSM8K by 3 points.";
const B1 = "BarNet is evaluated on GSM8K and MATH.";

/** Two papers, three entities, two communities: small enough to know every answer by hand. */
const graph: ExportGraph = {
  nodes: [
    {
      id: "2401.00001",
      labels: ["Paper"],
      properties: {
        id: "2401.00001",
        title: "FooNet: reading better",
        abstract: A1 + A2,
        published: "2024-01-05",
        authors: ["Ada Lovelace"],
        community: 1,
        x: 1,
        y: 2,
        pagerank: 0.3,
        sources: ["/home/someone/in.txt:1"],
      },
    },
    {
      id: "2402.00002",
      labels: ["Paper"],
      properties: {
        id: "2402.00002",
        title: "BarNet at scale",
        abstract: B1,
        published: "2024-02-01",
        community: 2,
        pagerank: 0.2,
      },
    },
    {
      id: "method:foonet",
      labels: ["Method"],
      properties: { id: "method:foonet", type: "method", name: "FooNet", community: 1, pagerank: 0.1 },
    },
    {
      id: "model:barnet",
      labels: ["Model"],
      properties: {
        id: "model:barnet",
        type: "model",
        name: "BarNet",
        aliases: ["Bar-Net"],
        community: 2,
        pagerank: 0.15,
      },
    },
    {
      id: "benchmark:gsm8k",
      labels: ["Benchmark"],
      properties: { id: "benchmark:gsm8k", type: "benchmark", name: "GSM8K", community: 2, pagerank: 0.4 },
    },
    {
      id: "community:1",
      labels: ["Community"],
      properties: { id: 1, label: "reading", x: 0, y: 0, area: 7 },
    },
    { id: "community:2", labels: ["Community"], properties: { id: 2, label: "math", x: 5, y: 5, area: 7 } },
  ],
  edges: [
    {
      id: "r1",
      type: "PROPOSES",
      source: "2401.00001",
      target: "method:foonet",
      properties: {
        spans: ["title:0-6", "abstract:11-17", "abstract:31-37"],
        evidence: ["FooNet: reading better", A1, A2.trim()],
        confidence: 0.9,
        rule: "title-prefix",
      },
    },
    {
      id: "r2",
      type: "EVALUATES_ON",
      source: "2401.00001",
      target: "benchmark:gsm8k",
      properties: {
        spans: ["abstract:54-59"],
        evidence: [A2.trim()],
        confidence: 0.95,
        rule: "lexicon",
        metric: "points",
        value: "3",
      },
    },
    {
      id: "r3",
      type: "USES_MODEL",
      source: "2401.00001",
      target: "model:barnet",
      properties: {
        spans: ["abstract:44-50"],
        evidence: ["a sentence the abstract does not hold"],
        confidence: 0.7,
        rule: "shape",
      },
    },
    {
      id: "r4",
      type: "USES_MODEL",
      source: "2402.00002",
      target: "model:barnet",
      properties: { spans: ["abstract:0-6"], evidence: [B1], confidence: 0.8, rule: "shape" },
    },
    {
      id: "r5",
      type: "EVALUATES_ON",
      source: "2402.00002",
      target: "benchmark:gsm8k",
      properties: { spans: ["abstract:23-28"], evidence: [B1], confidence: 0.9, rule: "lexicon" },
    },
    {
      id: "l1",
      type: "LINKS",
      source: "community:1",
      target: "community:2",
      properties: { weight: 2, strength: 0.5 },
    },
  ],
};

function site() {
  const built = buildSiteData(
    {
      selection: "whole graph",
      graph,
      communities: {
        communities: [
          { id: 1, label: "reading", size: 9, papers: 9, topTerms: [] },
          { id: 2, label: "math", size: 9, papers: 9, topTerms: [] },
          { id: 3, label: "not exported", size: 9, papers: 9, topTerms: [] },
        ],
      },
      leaderboards: new Map(),
      generatedAt: "2026-01-01T00:00:00Z",
    },
    { papersPerChunk: 1 },
  );
  const file = (key: string) => built.files.find((f) => f.key === key)?.data;
  const manifest = SiteManifest.parse(file("site"));
  const db = openSiteDb(manifest, SiteIndex.parse(file("index")));
  const record = (id: string) =>
    SitePaperChunk.parse(file(`papers/${siteChunk(id, manifest.paperChunks)}`)).papers[id];
  return { built, manifest, db, record, file };
}

describe("a static site's data, built and read back", () => {
  it("gives back every link's spans, evidence, rule and result exactly as stored", () => {
    const { db, record } = site();
    const detail = paperDetail(db, db.paperRow.get("2401.00001") ?? -1, record("2401.00001")!);
    const byId = Object.fromEntries(detail.entities.map((e) => [e.id, e]));
    for (const edge of graph.edges.filter((e) => e.source === "2401.00001")) {
      const link = byId[edge.target]?.link;
      expect(link?.type).toBe(edge.type);
      expect(link?.spans).toEqual(edge.properties.spans);
      expect(link?.evidence).toEqual(edge.properties.evidence);
      expect(link?.rule).toBe(edge.properties.rule);
      expect(link?.metric).toBe(edge.properties.metric ?? null);
      expect(link?.value).toBe(edge.properties.value ?? null);
    }
    expect(detail.node.properties).toMatchObject({
      title: "FooNet: reading better",
      authors: ["Ada Lovelace"],
      abstract: A1 + A2,
    });
    expect(detail.node.properties).not.toHaveProperty("sources");
    const foonet = db.entityRow.get("method:foonet");
    const codes = db.index.papers.links[db.paperRow.get("2401.00001") ?? -1] ?? [];
    const k = codes.findIndex((code) => Math.floor(code / db.rels) === foonet);
    // Evidence the spans give is not stored again (0), only read back.
    expect(record("2401.00001")?.links[k]?.[3]).toBe(0);
  });

  it("lists an entity's papers newest first with their links, and what it co-occurs with", () => {
    const { db, record } = site();
    const e = db.entityRow.get("benchmark:gsm8k") ?? -1;
    const { rows, next } = entityPageRows(db, e, 0);
    const records = new Map(["2401.00001", "2402.00002"].map((id) => [id, record(id)!]));
    const page = entityPapers(db, e, rows, records, next);
    expect(page.papers.map((p) => p.id)).toEqual(["2402.00002", "2401.00001"]);
    expect(page.papers[1]?.link.value).toBe("3");
    const detail = entityDetail(db, e, page);
    expect(detail.paperTotal).toBe(2);
    expect(detail.cooccurring[0]).toMatchObject({ id: "model:barnet", count: 2 });
  });

  it("draws the bipartite map, a community, a neighbourhood and the communities view", () => {
    const { db, manifest } = site();
    const all = siteGraph(db, "bipartite", DEFAULT_FILTERS);
    expect(all.nodes).toHaveLength(5);
    expect(all.edges).toHaveLength(5);
    expect(all.nodes[0]?.key).toBe("benchmark:gsm8k");
    const two = siteGraph(db, "bipartite", { ...DEFAULT_FILTERS, community: 2 });
    expect(two.nodes.map((n) => n.key).sort()).toEqual(["2402.00002", "benchmark:gsm8k", "model:barnet"]);
    expect(siteNeighbors(db, "method:foonet", 1, 100)?.nodes.map((n) => n.key)).toEqual([
      "method:foonet",
      "2401.00001",
    ]);
    const communities = siteCommunitiesGraph(manifest, { limit: 10 });
    expect(communities.nodes.map((n) => n.key)).toEqual(["community:2", "community:1"]);
    expect(communities.edges).toHaveLength(1);
    expect(manifest.communities.communities.map((c) => c.id)).toEqual([1, 2]);
  });

  it("searches names, aliases and titles, and filters the Finder by facets", () => {
    const { db } = site();
    expect(siteSearch(db, "bar-net", 5).results[0]?.id).toBe("model:barnet");
    expect(siteSearch(db, "reading better", 5).results.map((r) => r.id)).toContain("2401.00001");
    const found = siteFinder(db, {
      benchmark: ["benchmark:gsm8k"],
      method: ["method:foonet"],
      model: [],
      task: [],
      concept: [],
      community: [],
      sort: "date",
      limit: 50,
      offset: 0,
    });
    expect(found.total).toBe(1);
    expect(found.papers[0]?.id).toBe("2401.00001");
    expect(
      siteRelated(db, "2402.00002")
        ?.papers[0]?.shared.map((s) => s.id)
        .sort(),
    ).toEqual(["benchmark:gsm8k", "model:barnet"]);
  });

  it("lists a benchmark's papers, stated results first, with the result's sentence", () => {
    const { db, manifest, file } = site();
    const chunk = SiteBoardChunk.parse(file(`boards/${siteChunk("benchmark:gsm8k", manifest.boardChunks)}`));
    const table = siteBenchmarkPapers(db, "benchmark:gsm8k", chunk.benchmarkPapers["benchmark:gsm8k"] ?? []);
    expect(table?.papers.map((p) => [p.id, p.link.value])).toEqual([
      ["2401.00001", "3"],
      ["2402.00002", null],
    ]);
    expect(table?.papers[0]?.link.evidence).toEqual([A2.trim()]);
  });

  it("counts the papers' raw text", () => {
    const { built } = site();
    const text = ["FooNet: reading better", A1 + A2, "Ada Lovelace", "BarNet at scale", B1].join("");
    expect(built.rawTextBytes).toBe(new TextEncoder().encode(text).length);
  });
});
