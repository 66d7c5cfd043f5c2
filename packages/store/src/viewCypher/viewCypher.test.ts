import type { ViewCypher } from "@paperkg/core";
import { describe, expect, it } from "vitest";
import type { GraphFilter } from "../reads/readGraph.ts";
import { benchmarkListCypher } from "./benchmarkListCypher.ts";
import { benchmarkPapersCypher, sharedBenchmarksCypher } from "./benchmarkPapersCypher.ts";
import { changesCypher } from "./changesCypher.ts";
import { communityListCypher } from "./communityListCypher.ts";
import { finderCypher } from "./finderCypher.ts";
import { graphViewCypher } from "./graphViewCypher.ts";
import { leaderboardCypher } from "./leaderboardCypher.ts";
import { neighborsCypher } from "./neighborsCypher.ts";
import { nodeDetailCypher, nodePapersCypher, relatedPapersCypher } from "./nodeDetailCypher.ts";
import { pathCypher } from "./pathCypher.ts";
import { searchCypher } from "./searchCypher.ts";
import { risingCypher, trendsCypher } from "./trendsCypher.ts";

const filter = (patch: Partial<GraphFilter>): GraphFilter => ({
  view: "bipartite",
  types: ["paper", "method", "benchmark", "model", "task", "concept"],
  community: null,
  area: null,
  links: 6,
  from: null,
  to: null,
  minDegree: 0,
  limit: 5000,
  ...patch,
});
const noFacets = { method: [], benchmark: [], model: [], task: [], concept: [] };
const finder = (patch: object) => ({
  entities: noFacets,
  communities: [],
  from: null,
  to: null,
  q: null,
  sort: "date" as const,
  limit: 50,
  offset: 0,
  ...patch,
});

/** Every view's query with the parameters it names and nothing else: a person's query, not a template. */
describe("view Cypher builders", () => {
  const cases: [string, ViewCypher][] = [
    ["the default map", graphViewCypher(filter({}))],
    [
      "a community of papers and benchmarks",
      graphViewCypher(filter({ types: ["paper", "benchmark"], community: 3 })),
    ],
    [
      "dates and degree on papers and entities",
      graphViewCypher(filter({ from: "2025-01-01", to: "2025-12-31", minDegree: 2 })),
    ],
    ["entities only, dated", graphViewCypher(filter({ view: "entities", from: "2025-01-01" }))],
    ["the papers view", graphViewCypher(filter({ view: "papers", minDegree: 1 }))],
    ["the communities of an area", graphViewCypher(filter({ view: "communities", area: 2 }))],
    ["a paper's two hops", neighborsCypher("2501.12948", { depth: 2, types: ["benchmark"], limit: 50 })!],
    ["an entity's papers", neighborsCypher("benchmark:gsm8k", { depth: 1, types: [], limit: 50 })!],
    ["a benchmark's papers", benchmarkPapersCypher("benchmark:gsm8k")],
    ["papers sharing a benchmark", sharedBenchmarksCypher("2501.12948", 20)],
    ["a path", pathCypher("2501.12948", "benchmark:gsm8k", { max: 6, limit: 5 })],
    [
      "a Finder page",
      finderCypher(
        finder({
          entities: { ...noFacets, method: ["method:a", "method:b"] },
          communities: [4],
          q: "agents",
          to: "2025-12-31",
        }),
      ),
    ],
    ["a leaderboard", leaderboardCypher("benchmark:gsm8k")],
    ["a paper's entities", nodeDetailCypher("2501.12948", 50)!],
    ["an entity's papers", nodeDetailCypher("method:grpo", 50)!],
    [
      "an entity's next page of papers",
      nodePapersCypher("method:grpo", 50, { published: "2025-02-01", id: "2502.00001" })!,
    ],
    ["an entity's papers from the start", nodePapersCypher("method:grpo", 50, null)!],
    ["related papers", relatedPapersCypher("2501.12948", 20)],
    ["a search", searchCypher("reinforcment lerning", 20)!],
    ["the communities list", communityListCypher()],
    ["the benchmarks list", benchmarkListCypher({ limit: 500, q: null })],
    ["the benchmarks list, filtered", benchmarkListCypher({ limit: 20, q: "GSM" })],
    ["a trend of entities", trendsCypher(["method:grpo", "benchmark:gsm8k"], "quarter")],
    ["a trend of a community and an entity", trendsCypher(["community:3", "method:grpo"], "month")],
    ["a trend of communities", trendsCypher(["community:3", "community:5"], "year")],
    [
      "the rising entities",
      risingCypher(
        {
          recentFrom: "2025-09-01",
          to: "2025-12-01",
          priorFrom: "2024-09-01",
          recentPapers: 9,
          priorPapers: 30,
        },
        { type: "method", limit: 20, minPapers: 3 },
      ),
    ],
    ["what's new", changesCypher(2, 50)],
  ];
  it.each(cases)("%s names exactly its parameters", (_name, { query, params }) => {
    const named = new Set([...query.matchAll(/\$(\w+)/g)].map((m) => m[1]));
    expect([...named].sort()).toEqual(Object.keys(params).sort());
    expect(query).not.toMatch(/IS NULL OR/);
  });

  it("writes one MATCH for a plain filter and a branch per kind only where kinds differ", () => {
    expect(graphViewCypher(filter({ community: 3 })).query).toMatch(
      /^MATCH \(n:Paper\|Method\|Benchmark\|Model\|Task\|Concept\)\nWHERE n\.community = \$community\n/,
    );
    expect(graphViewCypher(filter({ minDegree: 2 })).query).toContain("UNION");
    expect(graphViewCypher(filter({ types: ["paper"], minDegree: 2 })).query).not.toContain("UNION");
  });

  it("trends: only the labels and branches the ids need; search: none for text without a term", () => {
    const methods = trendsCypher(["method:grpo", "method:dpo"], "month").query;
    expect(methods).toContain("MATCH (e:Method)<-");
    expect(methods).not.toContain("Community");
    expect(trendsCypher(["community:3"], "month").query).not.toContain("(e:");
    expect(searchCypher("+-&&", 10)).toBeNull();
  });

  it("leaves the map of a community key to the route (404)", () => {
    expect(neighborsCypher("community:3", { depth: 1, types: [], limit: 10 })).toBeNull();
    expect(nodePapersCypher("community:3", 10, null)).toBeNull();
    expect(nodePapersCypher("2501.12948", 10, null)).toBeNull();
  });
});
