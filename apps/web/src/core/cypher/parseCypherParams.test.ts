import { describe, expect, it } from "vitest";
import { parseCypherParams, showCypherParams } from "./parseCypherParams.ts";

describe("Cypher console parameters", () => {
  const ok: [string, Record<string, unknown>][] = [
    ["", {}],
    ["  ", {}],
    ["{}", {}],
    ['{"limit": 25, "id": "benchmark:gsm8k"}', { limit: 25, id: "benchmark:gsm8k" }],
  ];
  it.each(ok)("reads %j", (text, params) => {
    expect(parseCypherParams(text)).toEqual({ type: "ok", params });
  });

  const bad: [string, RegExp][] = [
    ["{limit: 25}", /not JSON/],
    ["[1, 2]", /JSON object/],
    ["25", /JSON object/],
    ["null", /JSON object/],
  ];
  it.each(bad)("refuses %j naming what is wrong", (text, message) => {
    const r = parseCypherParams(text);
    expect(r.type).toBe("error");
    expect(r.type === "error" && r.message).toMatch(message);
  });

  it("shows parameters as the text it reads back", () => {
    const params = { limit: 40, community: 3 };
    expect(parseCypherParams(showCypherParams(params))).toEqual({ type: "ok", params });
    expect(showCypherParams({})).toBe("{}");
  });
});
