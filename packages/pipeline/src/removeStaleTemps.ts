import { readdirSync, rmSync } from "node:fs";
import { basename, dirname, join } from "node:path";

/**
 * Removes the temporary copies of `path` (`<file>.<pid>.tmp`) that processes no longer running
 * left: a run killed between preparing a cache file and putting it in place (SIGKILL, a crash)
 * never discards it, and the papers copy of a large graph is hundreds of megabytes. A copy of a
 * live process (another ingest sharing the folder) is left alone.
 */
export function removeStaleTemps(path: string): void {
  const dir = dirname(path);
  const prefix = `${basename(path)}.`;
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith(".tmp")) continue;
    const pid = Number(name.slice(prefix.length, -".tmp".length));
    if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid || running(pid)) continue;
    rmSync(join(dir, name), { force: true });
  }
}

function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it runs under another user
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}
