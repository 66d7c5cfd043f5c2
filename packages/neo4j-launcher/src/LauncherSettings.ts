import { homedir } from "node:os";
import { join, resolve } from "node:path";
import { connectionFromEnv, Neo4jConnection } from "@paperkg/store";
import { z } from "zod";
import { REPO_ROOT } from "./launcherPaths.ts";
import { Neo4jLauncherError } from "./Neo4jLauncherError.ts";

/** A JVM memory size as `-Xmx` takes it: digits with an optional k/m/g/t unit. */
const JvmSize = z.string().regex(/^\d+[kmgt]?$/i, "a size such as 512m or 2g");

/**
 * Everything the launcher takes from the environment, read once by `resolveLauncherSettings` and
 * passed down; nothing else in this package reads `process.env`.
 */
export const LauncherSettings = z.object({
  /** The server named by `NEO4J_URI` (never started or stopped by us), or null for the bundled one. */
  external: Neo4jConnection.nullable(),
  /** Bolt port of the bundled server, on 127.0.0.1 (`NEO4J_BOLT_PORT`). */
  boltPort: z.number().int().min(1).max(65535),
  /** The bundled server's conf, data, logs, pid and password files (`PAPERKG_NEO4J_HOME`). */
  home: z.string().min(1),
  /** Where the Neo4j jars are cached, shared by checkouts (`PAPERKG_CACHE_DIR`). */
  cacheDir: z.string().min(1),
  /** JVM heap (`NEO4J_HEAP`, `NEO4J_HEAP_INITIAL`) and page cache (`NEO4J_PAGECACHE`). */
  heap: JvmSize,
  heapInitial: JvmSize,
  pagecache: z.string().min(1),
  /**
   * Neo4j's memory limit per transaction, `db.memory.transaction.max` (`NEO4J_TRANSACTION_MEMORY`,
   * default a quarter of the heap): a query that needs more fails alone instead of starving the server.
   */
  transactionMemory: JvmSize,
  /** Password for the bundled server instead of the generated one (`NEO4J_PASSWORD`). */
  password: z.string().min(1).optional(),
  /** The Java to run (`JAVA_HOME/bin/java`, else `java` on PATH) and Maven (`MAVEN_CMD`). */
  javaHome: z.string().min(1).optional(),
  mavenCmd: z.string().min(1),
});
export type LauncherSettings = z.infer<typeof LauncherSettings>;

/** Defaults of the bundled server; the environment overrides each. */
export const DEFAULT_LAUNCHER_SETTINGS = {
  boltPort: 7687,
  home: join(REPO_ROOT, ".paperkg", "neo4j"),
  heap: "2g",
  heapInitial: "512m",
  pagecache: "1g",
  mavenCmd: "mvn",
} as const;

const ENV_NAMES: Record<string, string> = {
  boltPort: "NEO4J_BOLT_PORT",
  home: "PAPERKG_NEO4J_HOME",
  cacheDir: "PAPERKG_CACHE_DIR",
  heap: "NEO4J_HEAP",
  heapInitial: "NEO4J_HEAP_INITIAL",
  pagecache: "NEO4J_PAGECACHE",
  transactionMemory: "NEO4J_TRANSACTION_MEMORY",
  password: "NEO4J_PASSWORD",
  javaHome: "JAVA_HOME",
  mavenCmd: "MAVEN_CMD",
};

const nonEmpty = (value: string | undefined) => (value === undefined || value === "" ? undefined : value);

const UNIT_BYTES: Record<string, number> = { "": 1, k: 2 ** 10, m: 2 ** 20, g: 2 ** 30, t: 2 ** 40 };

/** A quarter of a JVM size (`2g` → `512m`), never under 64m; an unparsable size gives `512m`. */
export function quarterOf(size: string): string {
  const m = /^(\d+)([kmgt]?)$/i.exec(size);
  if (!m) return "512m";
  const bytes = Number(m[1]) * UNIT_BYTES[m[2]!.toLowerCase()]!;
  return `${Math.max(64, Math.floor(bytes / 4 / 2 ** 20))}m`;
}

/**
 * Read the launcher's settings from `env` (see the variables above); a bad value throws a
 * `Neo4jLauncherError` with code `INVALID_SETTING` naming the variable.
 */
export function resolveLauncherSettings(env: NodeJS.ProcessEnv = process.env): LauncherSettings {
  const d = DEFAULT_LAUNCHER_SETTINGS;
  const port = nonEmpty(env.NEO4J_BOLT_PORT);
  const raw = {
    external: connectionFromEnv(env),
    boltPort: port === undefined ? d.boltPort : Number(port),
    home: resolve(nonEmpty(env.PAPERKG_NEO4J_HOME) ?? d.home),
    cacheDir:
      nonEmpty(env.PAPERKG_CACHE_DIR) ??
      join(nonEmpty(env.XDG_CACHE_HOME) ?? join(homedir(), ".cache"), "paperkg"),
    heap: nonEmpty(env.NEO4J_HEAP) ?? d.heap,
    heapInitial: nonEmpty(env.NEO4J_HEAP_INITIAL) ?? d.heapInitial,
    pagecache: nonEmpty(env.NEO4J_PAGECACHE) ?? d.pagecache,
    transactionMemory:
      nonEmpty(env.NEO4J_TRANSACTION_MEMORY) ?? quarterOf(nonEmpty(env.NEO4J_HEAP) ?? d.heap),
    password: nonEmpty(env.NEO4J_PASSWORD),
    javaHome: nonEmpty(env.JAVA_HOME),
    mavenCmd: nonEmpty(env.MAVEN_CMD) ?? d.mavenCmd,
  };
  const parsed = LauncherSettings.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const key = String(issue.path[0]);
  const name = ENV_NAMES[key] ?? key;
  throw new Neo4jLauncherError(
    "INVALID_SETTING",
    `${name} must be ${key === "boltPort" ? "a port number (1–65535)" : issue.message}, got "${env[name] ?? ""}"`,
  );
}
