import { homedir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const NEO4J_VERSION = "5.26.30";

/** The repository root, found from this file's location (scripts/neo4j/src). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");

/** A folder of the checkout's git-ignored state (`.paperkg/<name>`): test and benchmark Neo4j homes. */
export const stateDir = (name: string) => join(REPO_ROOT, ".paperkg", name);

export interface LauncherPaths {
  /** Cached jars, shared by every checkout: `~/.cache/paperkg/neo4j-<version>/lib`. */
  lib: string;
  pom: string;
  /** This instance's own conf, data, logs and run folders plus its password and pid files. */
  home: string;
  conf: string;
  data: string;
  logs: string;
  run: string;
  pidFile: string;
  passwordFile: string;
  consoleLog: string;
}

/**
 * Where things live. `PAPERKG_CACHE_DIR` moves the jar cache, `PAPERKG_NEO4J_HOME` the
 * instance (default `.paperkg/neo4j` in the checkout, git-ignored).
 */
export function launcherPaths(env: NodeJS.ProcessEnv = process.env): LauncherPaths {
  const cache = env.PAPERKG_CACHE_DIR ?? join(env.XDG_CACHE_HOME ?? join(homedir(), ".cache"), "paperkg");
  const home = resolve(env.PAPERKG_NEO4J_HOME ?? join(REPO_ROOT, ".paperkg", "neo4j"));
  return {
    lib: join(cache, `neo4j-${NEO4J_VERSION}`, "lib"),
    pom: join(REPO_ROOT, "scripts", "neo4j", "pom.xml"),
    home,
    conf: join(home, "conf"),
    data: join(home, "data"),
    logs: join(home, "logs"),
    run: join(home, "run"),
    pidFile: join(home, "neo4j.pid"),
    passwordFile: join(home, "password"),
    consoleLog: join(home, "logs", "console.log"),
  };
}
