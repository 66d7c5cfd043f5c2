import { StoreError } from "@paperkg/store";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { HttpError, toHttpError } from "./HttpError.ts";

describe("toHttpError", () => {
  const cases: [string, unknown, string, number][] = [
    ["a zod failure", z.object({ limit: z.number() }).safeParse({}).error, "BAD_PARAMETER", 400],
    [
      "an unreachable database",
      new StoreError("UNAVAILABLE", "connect ECONNREFUSED"),
      "DATABASE_UNAVAILABLE",
      503,
    ],
    ["a refused write", new StoreError("WRITE_REFUSED", "CREATE"), "WRITE_REFUSED", 403],
    ["a timeout", new StoreError("TIMEOUT", "slow"), "QUERY_TIMEOUT", 504],
    ["a bad record", new StoreError("BAD_RECORD", "odd"), "STORE_ERROR", 500],
    [
      "a body over the limit",
      Object.assign(new Error("too large"), { statusCode: 413 }),
      "BODY_TOO_LARGE",
      413,
    ],
    ["rate limiting", { statusCode: 429, message: "Rate limit exceeded" }, "RATE_LIMITED", 429],
    ["malformed JSON", Object.assign(new Error("Unexpected token"), { statusCode: 400 }), "BAD_REQUEST", 400],
    ["anything else", new Error("secret internals"), "INTERNAL", 500],
  ];
  it.each(cases)("%s → %s %i", (_what, err, code, status) => {
    const http = toHttpError(err);
    expect(http.code).toBe(code);
    expect(http.status).toBe(status);
    expect(http.toBody().error.message).not.toContain("secret internals");
  });

  it("keeps Neo4j's code beside CYPHER_ERROR", () => {
    const err = new StoreError("CYPHER", "Invalid input", {
      neo4jCode: "Neo.ClientError.Statement.SyntaxError",
    });
    expect(toHttpError(err).toBody()).toEqual({
      error: {
        code: "CYPHER_ERROR",
        message: "Invalid input",
        neo4jCode: "Neo.ClientError.Statement.SyntaxError",
      },
    });
  });

  it("passes HttpErrors through with the status of their code", () => {
    const err = new HttpError("NOT_FOUND", "no node");
    expect(toHttpError(err)).toBe(err);
    expect(err.status).toBe(404);
  });
});
