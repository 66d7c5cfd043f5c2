import { describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { encodeExportQuery, encodeQuery, type GetExportSelector } from "./encodeQuery.ts";
import { ExportQuery, FinderQuery, GraphQuery, NeighborsQuery, SearchQuery } from "./requests.ts";

const parseQuery = <T>(schema: { parse(v: unknown): T }, query: string): T =>
  schema.parse(Object.fromEntries(new URLSearchParams(query)));

describe("GraphQuery", () => {
  it("fills defaults for an empty query string", () => {
    expect(parseQuery(GraphQuery, "")).toEqual({ view: "bipartite", types: [], minDegree: 0, limit: 5000 });
  });
  const bad: [string, string][] = [
    ["types=paper,author", "types"],
    ["limit=0", "limit"],
    ["limit=50001", "limit"],
    ["view=tree", "view"],
    ["from=yesterday", "from"],
    ["community=-1", "community"],
  ];
  it.each(bad)("rejects %s naming %s", (query, param) => {
    const err = (() => {
      try {
        parseQuery(GraphQuery, query);
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(ZodError);
    expect((err as ZodError).issues[0]?.path).toEqual([param]);
  });
});

describe("encodeQuery", () => {
  it("writes what the server parses back to the same values", () => {
    const values = {
      view: "papers",
      types: ["paper", "benchmark"],
      community: 4,
      from: "2024",
      to: "2025-06-30",
      minDegree: 2,
      limit: 300,
    } as const;
    const query = encodeQuery(GraphQuery, values);
    expect(query).toBe(
      "view=papers&types=paper%2Cbenchmark&community=4&from=2024&to=2025-06-30&minDegree=2&limit=300",
    );
    expect(parseQuery(GraphQuery, query)).toEqual(values);
  });

  it("leaves out null and undefined so the server defaults apply", () => {
    expect(encodeQuery(GraphQuery, { view: "bipartite", community: null, from: undefined })).toBe(
      "view=bipartite",
    );
    expect(encodeQuery(NeighborsQuery, { depth: 2 })).toBe("depth=2");
  });

  it("refuses values the server would reject", () => {
    expect(() => encodeQuery(GraphQuery, { limit: 0 })).toThrow(ZodError);
    expect(() => encodeQuery(SearchQuery, { q: "  " })).toThrow(ZodError);
  });
});

describe("ExportQuery", () => {
  const selectors: GetExportSelector[] = [
    { type: "node", id: "benchmark:gsm8k", depth: 2 },
    { type: "community", community: 3 },
    { type: "benchmark", id: "benchmark:math" },
    { type: "ids", ids: ["2501.01234", "method:grpo"] },
    { type: "ids", ids: [] },
  ];
  it.each(selectors)("round-trips %o", (selector) => {
    expect(parseQuery(ExportQuery, encodeExportQuery("gexf", selector))).toEqual({
      format: "gexf",
      selector,
    });
  });

  it("never encodes a Cypher selector: the server runs those only by POST", () => {
    const cypher = { type: "cypher", query: "MATCH (p:Paper) RETURN p LIMIT 5" } as const;
    expect(() => encodeExportQuery("json", cypher as never)).toThrow(/only as POST/);
  });

  it("wants exactly one selector", () => {
    for (const query of ["format=json", "format=json&node=a&community=1"]) {
      const result = ExportQuery.safeParse(Object.fromEntries(new URLSearchParams(query)));
      expect(result.success, query).toBe(false);
      expect(result.error?.issues[0]?.path, query).toEqual(["selector"]);
    }
  });
});

describe("FinderQuery", () => {
  it("takes facets repeated or comma-separated, drops duplicates, and fills defaults", () => {
    const q = FinderQuery.parse({ method: ["method:a", "method:b,method:a"], community: "3,4", concept: "" });
    expect(q).toMatchObject({
      method: ["method:a", "method:b"],
      benchmark: [],
      concept: [],
      community: [3, 4],
      sort: "date",
      limit: 50,
      offset: 0,
    });
  });
  const bad: [Record<string, unknown>, string][] = [
    [{ from: "2025-07", to: "2025-06-30" }, "from"],
    [{ from: "2026", to: "2025" }, "from"],
    [{ community: "1,x" }, "community"],
    [{ sort: "citations" }, "sort"],
    [{ limit: "501" }, "limit"],
    [{ offset: "-1" }, "offset"],
    [{ task: Array.from({ length: 21 }, (_, i) => `task:${i}`) }, "task"],
  ];
  it.each(bad)("rejects %j naming %s", (query, param) => {
    const result = FinderQuery.safeParse(query);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual([param]);
  });
  it("accepts a range inside one month or year at mixed precision", () => {
    for (const [from, to] of [
      ["2025-06", "2025"],
      ["2025", "2025-01-01"],
      ["2025-06-30", "2025-06"],
    ]) {
      expect(FinderQuery.safeParse({ from, to }).success, `${from}..${to}`).toBe(true);
    }
  });
  it("round-trips through encodeQuery", () => {
    const query = encodeQuery(FinderQuery, { method: ["method:a", "method:b"], q: "graph", sort: "title" });
    expect(query).toBe("method=method%3Aa%2Cmethod%3Ab&q=graph&sort=title");
    expect(parseQuery(FinderQuery, query)).toMatchObject({ method: ["method:a", "method:b"], q: "graph" });
  });
});
