import { GraphQuery, PathQuery } from "@paperkg/core";
import { describe, expect, it } from "vitest";
import { ApiClientError } from "./ApiClientError.ts";
import { apiUrl } from "./apiUrl.ts";

describe("apiUrl", () => {
  it("encodes a request the server's schema accepts, leaving out null values", () => {
    expect(
      apiUrl("/api/path", PathQuery, { from: "paper:a b", to: "benchmark:gsm8k", max: 6, limit: null }),
    ).toBe("/api/path?from=paper%3Aa+b&to=benchmark%3Agsm8k&max=6");
  });

  it("refuses a value the server would refuse, naming the endpoint and parameter", () => {
    let error: unknown;
    try {
      apiUrl("/api/graph", GraphQuery, { view: "bipartite", limit: 60_000 });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ApiClientError);
    expect((error as ApiClientError).code).toBe("request");
    expect((error as ApiClientError).message).toMatch(/^api: \/api\/graph: limit: /);
  });
});
