import { rmSync } from "node:fs";
import type { LauncherSettings } from "./LauncherSettings.ts";
import { launcherPaths } from "./launcherPaths.ts";
import { processAlive, runningPid } from "./processAlive.ts";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Stop the bundled Neo4j cleanly (SIGTERM, which runs its shutdown hook), escalating to SIGKILL
 * after `timeoutMs`. Resolves to the pid stopped, or null when nothing ran.
 */
export async function stopNeo4j(
  settings: Pick<LauncherSettings, "cacheDir" | "home">,
  timeoutMs = 60_000,
): Promise<number | null> {
  const paths = launcherPaths(settings);
  const pid = runningPid(paths.pidFile);
  if (pid === null) {
    rmSync(paths.pidFile, { force: true });
    return null;
  }
  process.kill(pid, "SIGTERM");
  const deadline = Date.now() + timeoutMs;
  while (processAlive(pid) && Date.now() < deadline) await sleep(200);
  if (processAlive(pid)) {
    process.kill(pid, "SIGKILL");
    while (processAlive(pid)) await sleep(100);
  }
  rmSync(paths.pidFile, { force: true });
  return pid;
}
