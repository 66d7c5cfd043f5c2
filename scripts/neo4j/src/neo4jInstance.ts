import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import type { Neo4jConnection } from "@paperkg/store";
import type { LauncherPaths } from "./launcherPaths.ts";

/** Bolt port of the bundled server: `NEO4J_BOLT_PORT`, default 7687. */
export function boltPort(env: NodeJS.ProcessEnv = process.env): number {
  const port = Number(env.NEO4J_BOLT_PORT ?? 7687);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`neo4j: NEO4J_BOLT_PORT must be a port number (1–65535), got "${env.NEO4J_BOLT_PORT}"`);
  }
  return port;
}

/**
 * The password of the bundled server: `NEO4J_PASSWORD` when set, else one generated on first use
 * and kept in `<home>/password` (mode 600, git-ignored).
 */
export function bundledPassword(paths: LauncherPaths, env: NodeJS.ProcessEnv = process.env): string {
  if (env.NEO4J_PASSWORD) return env.NEO4J_PASSWORD;
  if (existsSync(paths.passwordFile)) return readFileSync(paths.passwordFile, "utf8").trim();
  mkdirSync(paths.home, { recursive: true });
  const password = randomBytes(18).toString("base64url");
  writeFileSync(paths.passwordFile, `${password}\n`, { mode: 0o600 });
  return password;
}

/** The connection to the bundled server. */
export function bundledConnection(
  paths: LauncherPaths,
  env: NodeJS.ProcessEnv = process.env,
): Neo4jConnection {
  return {
    uri: `bolt://127.0.0.1:${boltPort(env)}`,
    user: "neo4j",
    password: bundledPassword(paths, env),
    database: "neo4j",
  };
}
