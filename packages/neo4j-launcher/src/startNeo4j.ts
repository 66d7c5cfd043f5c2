import { spawn } from "node:child_process";
import { closeSync, mkdirSync, openSync, rmSync, writeFileSync } from "node:fs";
import type { Neo4jConnection } from "@paperkg/store";
import { claimPassword, neo4jCode, tryConnect } from "./authenticate.ts";
import { checkJava } from "./checkJava.ts";
import { ensureNeo4jRuntime } from "./ensureNeo4jRuntime.ts";
import { NEO4J_ENTRY_POINT } from "./isOurNeo4j.ts";
import type { LauncherSettings } from "./LauncherSettings.ts";
import { launcherPaths } from "./launcherPaths.ts";
import { Neo4jLauncherError } from "./Neo4jLauncherError.ts";
import { bundledConnection } from "./neo4jInstance.ts";
import { portInUse } from "./portInUse.ts";
import { processAlive, recordedPid, runningPid } from "./processAlive.ts";
import { withStartLock } from "./startLock.ts";
import { tailFile } from "./tailFile.ts";
import { writeInitialPassword } from "./writeInitialPassword.ts";
import { writeNeo4jConfig } from "./writeNeo4jConfig.ts";

export interface StartedNeo4j {
  connection: Neo4jConnection;
  /** True when this call started the server (so the caller may stop it), false when it was running. */
  started: boolean;
  pid: number;
}

export interface StartOptions {
  log?: (line: string) => void;
  /** How long to wait for Bolt to accept a login, default 180 s. */
  timeoutMs?: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Start the bundled Neo4j 5.26 Community in the background and resolve once a login succeeds; if it
 * already runs, resolve at once. Fetches the jars on first use. Safe against the ways a start can go
 * wrong on a shared machine: concurrent starts of one home serialise on a lock file (the later one
 * finds the server running); a pid file whose number now belongs to another process is ignored; a
 * new home gets its password before the first start, so the factory password never exists.
 */
export async function startNeo4j(
  settings: LauncherSettings,
  options: StartOptions = {},
): Promise<StartedNeo4j> {
  const paths = launcherPaths(settings);
  mkdirSync(paths.home, { recursive: true });
  const timeoutMs = options.timeoutMs ?? 180_000;
  return withStartLock(paths.startLock, () => startLocked(settings, options), {
    // The holder may be fetching the jars (minutes on a slow network) before its own wait.
    waitMs: timeoutMs + 20 * 60_000,
    maxAgeMs: timeoutMs + 30 * 60_000,
  });
}

async function startLocked(settings: LauncherSettings, options: StartOptions): Promise<StartedNeo4j> {
  const log = options.log ?? ((l: string) => process.stderr.write(`${l}\n`));
  const paths = launcherPaths(settings);
  const connection = bundledConnection(paths, settings);
  const existing = runningPid(paths);
  if (existing !== null) {
    await waitForLogin(connection, existing, paths.consoleLog, options.timeoutMs ?? 180_000);
    return { connection, started: false, pid: existing };
  }
  const stale = recordedPid(paths.pidFile);
  if (stale !== null) {
    log(`neo4j: ignoring the stale pid file ${paths.pidFile} (pid ${stale} is not this Neo4j any more)`);
    rmSync(paths.pidFile, { force: true });
  }
  const java = checkJava(settings.javaHome);
  const port = settings.boltPort;
  if (await portInUse(port)) {
    throw new Neo4jLauncherError(
      "PORT_IN_USE",
      `port ${port} on 127.0.0.1 is already in use by another program. Stop it, or choose another Bolt port with NEO4J_BOLT_PORT=<port> (or use that server with NEO4J_URI).`,
    );
  }
  const lib = await ensureNeo4jRuntime(paths, settings.mavenCmd, log);
  writeNeo4jConfig(paths, settings);
  if (writeInitialPassword(paths, connection.password))
    log("neo4j: new database; its password is set before the first start");
  rmSync(paths.consoleLog, { force: true });
  const out = openSync(paths.consoleLog, "a");
  const child = spawn(
    java,
    [
      `-Xms${settings.heapInitial}`,
      `-Xmx${settings.heap}`,
      "-XX:+UseG1GC",
      "-XX:-OmitStackTraceInFastThrow",
      "-Djdk.attach.allowAttachSelf=true",
      "-Dio.netty.tryReflectionSetAccessible=true",
      "--add-opens=java.base/java.nio=ALL-UNNAMED",
      "--add-opens=java.base/java.io=ALL-UNNAMED",
      "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
      "--add-opens=java.base/java.lang=ALL-UNNAMED",
      "--add-opens=java.base/java.util=ALL-UNNAMED",
      `-Dserver.memory.pagecache.size=${settings.pagecache}`,
      "-cp",
      `${lib}/*`,
      NEO4J_ENTRY_POINT,
      `--home-dir=${paths.home}`,
      `--config-dir=${paths.conf}`,
    ],
    { detached: true, stdio: ["ignore", out, out] },
  );
  closeSync(out);
  child.unref();
  const pid = child.pid;
  if (pid === undefined) throw new Neo4jLauncherError("START_FAILED", `could not spawn ${java}.`);
  writeFileSync(paths.pidFile, `${pid}\n`);
  log(`neo4j: starting Neo4j (pid ${pid}), data in ${paths.data}…`);
  try {
    await waitForLogin(connection, pid, paths.consoleLog, options.timeoutMs ?? 180_000, paths.logs);
  } catch (err) {
    if (processAlive(pid)) process.kill(pid, "SIGKILL");
    rmSync(paths.pidFile, { force: true });
    throw err;
  }
  return { connection, started: true, pid };
}

async function waitForLogin(
  connection: Neo4jConnection,
  pid: number,
  consoleLog: string,
  timeoutMs: number,
  logsDir?: string,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const failure = (why: string) =>
    new Neo4jLauncherError(
      "START_FAILED",
      `Neo4j ${why}. Last lines of its log (${consoleLog}):\n${tailFile(consoleLog, 20)}${
        logsDir ? `\nneo4j.log:\n${tailFile(`${logsDir}/neo4j.log`, 20)}` : ""
      }`,
    );
  while (Date.now() < deadline) {
    if (!processAlive(pid)) throw failure("exited during start-up");
    try {
      if (await claimPassword(connection)) return;
      throw new Neo4jLauncherError(
        "AUTH_FAILED",
        `the bundled Neo4j rejects the saved password. Set NEO4J_PASSWORD to the password you gave it, or stop it and delete its data folder to start afresh.`,
      );
    } catch (err) {
      if (err instanceof Neo4jLauncherError) throw err;
      const code = neo4jCode(err);
      // Retried until the deadline: not up yet, or the user is briefly locked because something
      // else on this machine tried wrong passwords (Neo4j's auth_max_failed_attempts).
      if (
        code !== "ServiceUnavailable" &&
        code !== "SessionExpired" &&
        code !== "Neo.TransientError.General.DatabaseUnavailable" &&
        code !== "Neo.ClientError.Security.AuthenticationRateLimit"
      ) {
        throw failure(`refused the login (${code ?? (err as Error).message})`);
      }
    }
    await sleep(500);
  }
  throw failure(`did not accept Bolt connections within ${Math.round(timeoutMs / 1000)} s`);
}

/** Check an external server named by NEO4J_URI, with errors that say which variable to fix. */
export async function verifyExternal(connection: Neo4jConnection): Promise<void> {
  let ok: boolean;
  try {
    ok = await tryConnect(connection);
  } catch (err) {
    throw new Neo4jLauncherError(
      "UNREACHABLE",
      `cannot reach NEO4J_URI=${connection.uri} (${(err as Error).message}). Is it running? Unset NEO4J_URI to use the bundled Neo4j.`,
      { cause: err },
    );
  }
  if (!ok) {
    throw new Neo4jLauncherError(
      "AUTH_FAILED",
      `authentication failed against NEO4J_URI=${connection.uri} as "${connection.user}". Check NEO4J_USER and NEO4J_PASSWORD.`,
    );
  }
}
