import { describe, expect, it } from "vitest";
import { resolveCliSettings } from "./CliSettings.ts";

describe("resolveCliSettings", () => {
  const cases: [Record<string, string>, boolean, { debug: boolean; progressBars: boolean }][] = [
    [{}, true, { debug: false, progressBars: true }],
    [{}, false, { debug: false, progressBars: false }],
    [{ CI: "true" }, true, { debug: false, progressBars: false }],
    [{ PAPERKG_DEBUG: "1" }, false, { debug: true, progressBars: false }],
    [{ PAPERKG_DEBUG: "" }, true, { debug: false, progressBars: true }],
  ];
  it.each(cases)("%o on a terminal: %s", (env, tty, expected) => {
    expect(resolveCliSettings(env, tty)).toMatchObject(expected);
  });
});
