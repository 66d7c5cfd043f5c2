import { describe, expect, it } from "vitest";
import { allowedHostNames, hostNameOf } from "./hostGuard.ts";

describe("hostNameOf", () => {
  const cases: [string, string | null][] = [
    ["localhost:7700", "localhost"],
    ["LOCALHOST", "localhost"],
    ["127.0.0.1:80", "127.0.0.1"],
    ["[::1]:7700", "[::1]"],
    ["evil.example:7700", "evil.example"],
    ["localhost.evil.example", "localhost.evil.example"],
    ["localhost:7700@evil.example", null],
    ["user@localhost", null],
    ["localhost/path", null],
    ["", null],
    ["::1", null],
  ];
  for (const [authority, expected] of cases) {
    it(`${JSON.stringify(authority)} → ${expected}`, () => expect(hostNameOf(authority)).toBe(expected));
  }
});

describe("allowedHostNames", () => {
  it("a loopback bind answers to the loopback names and the configured ones", () => {
    const names = allowedHostNames("127.0.0.1", ["paperkg.lab:8080", "Box.Local"]);
    expect([...(names ?? [])].sort()).toEqual([
      "127.0.0.1",
      "[::1]",
      "box.local",
      "localhost",
      "paperkg.lab",
    ]);
  });
  it("another bind checks names only when some are configured", () => {
    expect(allowedHostNames("0.0.0.0", [])).toBeNull();
    expect([...(allowedHostNames("0.0.0.0", ["graph.lab"]) ?? [])]).toEqual(["graph.lab"]);
  });
});
