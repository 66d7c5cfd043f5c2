import { describe, expect, it } from "vitest";
import { bearerMatches } from "./bearerAuth.ts";

describe("bearerMatches", () => {
  const token = "s3cret-token";
  const cases: [string | undefined, boolean][] = [
    ["Bearer s3cret-token", true],
    ["bearer s3cret-token", true],
    ["Bearer  s3cret-token ", true],
    ["Bearer s3cret-toke", false],
    ["Bearer s3cret-token2", false],
    ["Bearer S3CRET-TOKEN", false],
    ["Bearer ", false],
    ["Bearer", false],
    ["s3cret-token", false],
    ["Basic s3cret-token", false],
    ["Bearer s3cret-token extra", false],
    ["", false],
    [undefined, false],
  ];
  for (const [header, expected] of cases) {
    it(`${JSON.stringify(header)} → ${expected}`, () => {
      expect(bearerMatches(header, token)).toBe(expected);
    });
  }
});
