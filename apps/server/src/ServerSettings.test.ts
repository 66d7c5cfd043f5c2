import { describe, expect, it } from "vitest";
import { DEFAULT_SERVER_SETTINGS, resolveServerSettings } from "./ServerSettings.ts";

describe("resolveServerSettings", () => {
  it("takes each variable from the environment, and flags over it", () => {
    const env = {
      PAPERKG_HOST: "0.0.0.0",
      PAPERKG_PORT: "8080",
      PAPERKG_TOKEN: "s3cret",
      PAPERKG_CACHE_SECONDS: "0",
      PAPERKG_CYPHER_RATE_LIMIT: "5",
      PAPERKG_CYPHER_MAX_BYTES: "1000000",
      PAPERKG_MAX_HEAVY_QUERIES: "2",
      PAPERKG_ALLOWED_HOSTS: " paperkg.lab, box.local:8080 ,",
    };
    expect(resolveServerSettings(env)).toMatchObject({
      cypherMaxBytes: 1_000_000,
      maxHeavyQueries: 2,
      allowedHosts: ["paperkg.lab", "box.local:8080"],
      host: "0.0.0.0",
      port: 8080,
      token: "s3cret",
      cacheSeconds: 0,
      cypherRateLimit: 5,
    });
    expect(resolveServerSettings(env, { port: 9000, host: undefined })).toMatchObject({
      port: 9000,
      host: "0.0.0.0",
    });
  });

  it("uses the defaults for unset and empty variables", () => {
    expect(resolveServerSettings({})).toEqual(DEFAULT_SERVER_SETTINGS);
    expect(resolveServerSettings({ PAPERKG_TOKEN: "", PAPERKG_PORT: "" })).toMatchObject({
      token: null,
      port: 7700,
    });
  });

  const bad: [Record<string, string>, RegExp][] = [
    [{ PAPERKG_PORT: "http" }, /PAPERKG_PORT.*"http"/],
    [{ PAPERKG_PORT: "70000" }, /PAPERKG_PORT.*"70000"/],
    [{ PAPERKG_CACHE_SECONDS: "-1" }, /PAPERKG_CACHE_SECONDS.*"-1"/],
    [{ PAPERKG_CYPHER_RATE_LIMIT: "lots" }, /PAPERKG_CYPHER_RATE_LIMIT.*"lots"/],
    [{ PAPERKG_CYPHER_MAX_BYTES: "0" }, /PAPERKG_CYPHER_MAX_BYTES.*"0"/],
    [{ PAPERKG_MAX_HEAVY_QUERIES: "1.5" }, /PAPERKG_MAX_HEAVY_QUERIES.*"1.5"/],
    [
      { PAPERKG_READ_MODEL: "disabled" },
      /PAPERKG_READ_MODEL: expected 1 \(on\) or 0 \(off\), got "disabled"/,
    ],
  ];
  it.each(bad)("names the bad variable: %o", (env, message) => {
    expect(() => resolveServerSettings(env)).toThrow(message);
  });

  it("reads PAPERKG_READ_MODEL as a switch, not as anything-but-0", () => {
    for (const off of ["0", "false", "OFF"])
      expect(resolveServerSettings({ PAPERKG_READ_MODEL: off }).readModel).toBe(false);
    for (const on of ["1", "true", "on"])
      expect(resolveServerSettings({ PAPERKG_READ_MODEL: on }).readModel).toBe(true);
  });

  it("names a bad flag as a flag", () => {
    expect(() => resolveServerSettings({ PAPERKG_PORT: "80" }, { port: Number.NaN })).toThrow(
      /server: port:/,
    );
  });
});
