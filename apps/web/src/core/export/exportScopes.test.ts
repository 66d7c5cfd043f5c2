import { describe, expect, it } from "vitest";
import { type ExportContext, exportScopes } from "./exportScopes.ts";

const none: ExportContext = { ids: [], community: null, node: null, lastCypher: null };
/** 20,000 ids of 10 characters: 220,000 characters, far past what a GET URL carries, fine in a POST. */
const manyIds = Array.from({ length: 20_000 }, (_, i) => `paper:${String(i).padStart(4, "0")}`);
/** 50,001 short ids: one more than an `ids` export takes. */
const tooManyIds = Array.from({ length: 50_001 }, (_, i) => String(i));

describe("exportScopes", () => {
  const viewCases: [string, Partial<ExportContext>, unknown, string | undefined][] = [
    ["an empty map", {}, null, "the map is empty"],
    ["a small map, by ids", { ids: ["a", "b"] }, { type: "ids", ids: ["a", "b"] }, undefined],
    ["a huge map, still by ids", { ids: manyIds, community: 4 }, { type: "ids", ids: manyIds }, undefined],
    [
      "the communities view, by its community nodes",
      { ids: ["community:1", "community:2"] },
      { type: "ids", ids: ["community:1", "community:2"] },
      undefined,
    ],
    [
      "the areas overview",
      { ids: ["area:1", "area:2"] },
      null,
      "the areas overview: open an area to export its communities",
    ],
    ["too many ids on the whole graph", { ids: tooManyIds }, null, "too large: open a community first"],
    [
      "too many ids, in a community",
      { ids: tooManyIds, community: 1 },
      { type: "community", community: 1 },
      undefined,
    ],
  ];
  it.each(viewCases)("current view of %s", (_, ctx, selector, reason) => {
    const [view] = exportScopes({ ...none, ...ctx });
    expect(view?.selector).toEqual(selector);
    expect(view?.disabledReason).toBe(reason);
  });

  it("counts the nodes in the view's label", () => {
    expect(exportScopes({ ...none, ids: ["a", "b", "c"] })[0]?.label).toBe("Current view (3 nodes)");
  });

  it("exports the selection with depth-1 neighbours, but not a community node", () => {
    expect(exportScopes({ ...none, node: "paper:1" })[1]?.selector).toEqual({
      type: "node",
      id: "paper:1",
      depth: 1,
    });
    expect(exportScopes({ ...none, node: "community:2" })[1]?.selector).toBeNull();
    expect(exportScopes(none)[1]).toMatchObject({ selector: null, disabledReason: "nothing selected" });
  });

  it("exports the last Cypher query once one ran", () => {
    expect(exportScopes(none)[2]).toMatchObject({ selector: null, disabledReason: "run a query first" });
    const lastCypher = { query: "MATCH (n) RETURN n LIMIT $limit", params: { limit: 5 } };
    expect(exportScopes({ ...none, lastCypher })[2]?.selector).toEqual({
      type: "cypher",
      query: "MATCH (n) RETURN n LIMIT $limit",
      params: { limit: 5 },
    });
  });
});
