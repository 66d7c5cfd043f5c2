import { describe, expect, it } from "vitest";
import { crossSiteReason } from "./sameOriginOnly.ts";

describe("crossSiteReason", () => {
  const host = "localhost:7700";
  const cases: [string, Record<string, string>, boolean][] = [
    ["a program (no browser headers)", {}, false],
    ["the app itself", { "sec-fetch-site": "same-origin", origin: "http://localhost:7700" }, false],
    ["the address bar", { "sec-fetch-site": "none" }, false],
    ["the Vite dev proxy", { host: "localhost:5173", origin: "http://localhost:5173" }, false],
    ["another site's page", { "sec-fetch-site": "cross-site" }, true],
    ["another port on localhost", { "sec-fetch-site": "same-site" }, true],
    ["a foreign Origin without Sec-Fetch-Site", { origin: "http://evil.example" }, true],
    ["another port's Origin", { origin: "http://localhost:3000" }, true],
    ["an opaque Origin", { origin: "null" }, true],
    [
      "a same-origin mark with a foreign Origin",
      { "sec-fetch-site": "same-origin", origin: "https://evil.example" },
      true,
    ],
  ];
  for (const [what, headers, refused] of cases) {
    it(`${what} → ${refused ? "refused" : "allowed"}`, () => {
      const reason = crossSiteReason({ host, ...headers });
      expect(reason !== null).toBe(refused);
    });
  }
});
