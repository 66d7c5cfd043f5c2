import { existsSync, readFileSync } from "node:fs";
import { isOurNeo4j } from "./isOurNeo4j.ts";

/** True when process `pid` exists (signal 0 probes without touching it). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** True when `pid` has exited but its parent has not reaped it yet (Linux: state `Z` in /proc). */
export function isZombie(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2).startsWith("Z");
  } catch {
    return false;
  }
}

/** The pid in `pidFile`, if the file holds one. */
export function recordedPid(pidFile: string): number | null {
  if (!existsSync(pidFile)) return null;
  const pid = Number(readFileSync(pidFile, "utf8").trim());
  return Number.isInteger(pid) && pid > 0 ? pid : null;
}

/**
 * The pid recorded in `pidFile` when that process still runs and is our Neo4j for `home`, else null
 * (a stale file whose number now belongs to another process counts as not running).
 */
export function runningPid(paths: { pidFile: string; home: string }): number | null {
  const pid = recordedPid(paths.pidFile);
  return pid !== null && processAlive(pid) && isOurNeo4j(pid, paths.home) ? pid : null;
}
