import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { launcherPaths } from "./launcherPaths.ts";
import { neo4jCredential, writeInitialPassword } from "./writeInitialPassword.ts";

const homes: string[] = [];
const freshPaths = () => {
  const home = mkdtempSync(join(tmpdir(), "paperkg-auth-"));
  homes.push(home);
  return launcherPaths({ home, cacheDir: join(home, "cache") });
};
afterEach(() => {
  for (const h of homes.splice(0)) rmSync(h, { recursive: true, force: true });
});

describe("writeInitialPassword", () => {
  it("hashes exactly as neo4j-admin dbms set-initial-password does", () => {
    // Written by Neo4j 5.26's own `neo4j-admin dbms set-initial-password "s3cret pw"`.
    const salt = Buffer.from("4b8472207a1f195c8e53b7b7b6af9de2fe661486304f6690071c675ad2b53e57", "hex");
    expect(neo4jCredential("s3cret pw", salt)).toBe(
      "SHA-256,200c2ed0dfd5cb20200f36b378d537d2acb8c9adca07f7032625536b6527d9f6,4b8472207a1f195c8e53b7b7b6af9de2fe661486304f6690071c675ad2b53e57,1024",
    );
  });

  it("uses a fresh salt each time", () => {
    expect(neo4jCredential("pw")).not.toBe(neo4jCredential("pw"));
  });

  it("writes data/dbms/auth.ini, readable by the owner only, for a new home", () => {
    const paths = freshPaths();
    expect(writeInitialPassword(paths, "generated-pw")).toBe(true);
    const file = join(paths.data, "dbms", "auth.ini");
    expect(readFileSync(file, "utf8")).toMatch(/^neo4j:SHA-256,[0-9a-f]{64},[0-9a-f]{64},1024:\n$/);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, "utf8")).not.toContain("generated-pw");
  });

  it("leaves a home whose system database exists alone", () => {
    const paths = freshPaths();
    mkdirSync(join(paths.data, "databases", "system"), { recursive: true });
    expect(writeInitialPassword(paths, "pw")).toBe(false);
    expect(() => statSync(join(paths.data, "dbms", "auth.ini"))).toThrow();
  });
});
