import { encodeQuery, FinderQuery } from "@paperkg/core";
import { describe, expect, it } from "vitest";
import { addFacet, EMPTY_FINDER, finderRequest, removeFacet } from "./finderState.ts";

describe("finder state", () => {
  it("puts each facet under its own parameter and leaves empty ones out of the query", () => {
    let s = addFacet(EMPTY_FINDER, { id: "method:lora", name: "LoRA", type: "method" });
    s = addFacet(s, { id: "method:dpo", name: "DPO", type: "method" });
    s = addFacet(s, { id: "community:4", name: "vision", type: "community" });
    s = addFacet(
      { ...s, q: "  agents ", from: "2025-03", offset: 100 },
      { id: "method:lora", name: "LoRA", type: "method" },
    );
    expect(s.facets).toHaveLength(3);
    expect(s.offset).toBe(100);
    const query = encodeQuery(FinderQuery, finderRequest(s, { offset: s.offset, limit: 50 }));
    expect(Object.fromEntries(new URLSearchParams(query))).toEqual({
      method: "method:lora,method:dpo",
      community: "4",
      from: "2025-03",
      q: "agents",
      sort: "date",
      limit: "50",
      offset: "100",
    });
    const fewer = removeFacet(s, "method:dpo");
    expect(fewer.facets.map((f) => f.id)).toEqual(["method:lora", "community:4"]);
    expect(fewer.offset).toBe(0);
  });
});
