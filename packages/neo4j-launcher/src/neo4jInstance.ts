import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import type { Neo4jConnection } from "@paperkg/store";
import type { LauncherSettings } from "./LauncherSettings.ts";
import type { LauncherPaths } from "./launcherPaths.ts";

/**
 * The password of the bundled server: `settings.password` (NEO4J_PASSWORD) when set, else one
 * generated on first use and kept in `<home>/password` (mode 600, git-ignored).
 */
export function bundledPassword(paths: LauncherPaths, settings: Pick<LauncherSettings, "password">): string {
  if (settings.password) return settings.password;
  if (existsSync(paths.passwordFile)) return readFileSync(paths.passwordFile, "utf8").trim();
  mkdirSync(paths.home, { recursive: true });
  const password = randomBytes(18).toString("base64url");
  writeFileSync(paths.passwordFile, `${password}\n`, { mode: 0o600 });
  return password;
}

/** The connection to the bundled server. */
export function bundledConnection(paths: LauncherPaths, settings: LauncherSettings): Neo4jConnection {
  return {
    uri: `bolt://127.0.0.1:${settings.boltPort}`,
    user: "neo4j",
    password: bundledPassword(paths, settings),
    database: "neo4j",
  };
}
