import { rmSync } from "node:fs";
import { isOurNeo4j } from "./isOurNeo4j.ts";
import type { LauncherSettings } from "./LauncherSettings.ts";
import { launcherPaths } from "./launcherPaths.ts";
import { isZombie, processAlive, runningPid } from "./processAlive.ts";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Stop the bundled Neo4j cleanly (SIGTERM, which runs its shutdown hook), escalating to SIGKILL
 * after `timeoutMs`. Resolves to the pid stopped, or null when nothing ran. Signals only a process
 * that is our Neo4j for this home (`isOurNeo4j`): a stale pid file's number may now be anyone's.
 */
export async function stopNeo4j(
  settings: Pick<LauncherSettings, "cacheDir" | "home">,
  timeoutMs = 60_000,
): Promise<number | null> {
  const paths = launcherPaths(settings);
  const pid = runningPid(paths);
  if (pid === null) {
    rmSync(paths.pidFile, { force: true });
    return null;
  }
  const ours = () => processAlive(pid) && isOurNeo4j(pid, paths.home);
  process.kill(pid, "SIGTERM");
  const deadline = Date.now() + timeoutMs;
  while (ours() && Date.now() < deadline) await sleep(200);
  if (ours()) {
    process.kill(pid, "SIGKILL");
    while (ours()) await sleep(100);
  }
  // Exited: give its parent (this process, when it started the server) a moment to reap it, so the
  // pid is gone once we return and no zombie outlives us.
  const reapDeadline = Date.now() + 5_000;
  while (processAlive(pid) && isZombie(pid) && Date.now() < reapDeadline) await sleep(50);
  rmSync(paths.pidFile, { force: true });
  return pid;
}
