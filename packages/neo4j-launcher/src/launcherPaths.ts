import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { LauncherSettings } from "./LauncherSettings.ts";

export const NEO4J_VERSION = "5.26.30";

const PACKAGE_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** The repository root, found from this package's location (packages/neo4j-launcher). */
export const REPO_ROOT = resolve(PACKAGE_DIR, "../..");

/** A folder of the checkout's git-ignored state (`.paperkg/<name>`): test and benchmark Neo4j homes. */
export const stateDir = (name: string) => join(REPO_ROOT, ".paperkg", name);

export interface LauncherPaths {
  /** Cached jars, shared by every checkout: `~/.cache/paperkg/neo4j-<version>/lib`. */
  lib: string;
  /** The Maven project that names Neo4j's runtime jars (beside this package's src). */
  pom: string;
  /** This instance's own conf, data, logs and run folders plus its password and pid files. */
  home: string;
  conf: string;
  data: string;
  logs: string;
  run: string;
  pidFile: string;
  /** Held (O_EXCL) while a `start` of this home runs, so two starts never race. */
  startLock: string;
  passwordFile: string;
  consoleLog: string;
}

/** Where things live, from the settings' jar cache and instance home. */
export function launcherPaths(settings: Pick<LauncherSettings, "cacheDir" | "home">): LauncherPaths {
  const { home } = settings;
  return {
    lib: join(settings.cacheDir, `neo4j-${NEO4J_VERSION}`, "lib"),
    pom: join(PACKAGE_DIR, "pom.xml"),
    home,
    conf: join(home, "conf"),
    data: join(home, "data"),
    logs: join(home, "logs"),
    run: join(home, "run"),
    pidFile: join(home, "neo4j.pid"),
    startLock: join(home, "start.lock"),
    passwordFile: join(home, "password"),
    consoleLog: join(home, "logs", "console.log"),
  };
}
