import { closeSync, openSync, readFileSync, rmSync, statSync, writeSync } from "node:fs";
import { Neo4jLauncherError } from "./Neo4jLauncherError.ts";
import { processAlive } from "./processAlive.ts";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** How long a lock file may stay without an owner's pid: its creator writes it right after O_EXCL. */
const UNWRITTEN_GRACE_MS = 5_000;

/**
 * A lock nobody can still hold: its owner is gone, or it is older than any start may take. A lock
 * with no pid in it yet is being created (open with O_EXCL, then write): it is stale only once it
 * has stayed empty longer than that can take.
 */
function isStale(lockFile: string, maxAgeMs: number): boolean {
  try {
    const text = readFileSync(lockFile, "utf8").trim();
    const age = Date.now() - statSync(lockFile).mtimeMs;
    const owner = Number(text);
    if (text === "" || !Number.isInteger(owner) || owner <= 0) return age > UNWRITTEN_GRACE_MS;
    if (!processAlive(owner)) return true;
    return age > maxAgeMs;
  } catch {
    return false; // vanished between our open and read: try again
  }
}

/**
 * Run `fn` holding `<home>/start.lock`, created with O_EXCL (`wx`) and holding our pid, so two
 * `start`s of one home never both spawn a server: the second waits, then finds the first one's
 * server running. A lock left by a dead process, or older than `maxAgeMs`, is taken over.
 */
export async function withStartLock<T>(
  lockFile: string,
  fn: () => Promise<T>,
  options: { waitMs: number; maxAgeMs: number },
): Promise<T> {
  const deadline = Date.now() + options.waitMs;
  for (;;) {
    try {
      const fd = openSync(lockFile, "wx", 0o600);
      writeSync(fd, `${process.pid}\n`);
      closeSync(fd);
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
    }
    if (isStale(lockFile, options.maxAgeMs)) {
      rmSync(lockFile, { force: true });
      continue;
    }
    if (Date.now() > deadline) {
      throw new Neo4jLauncherError(
        "START_FAILED",
        `another start of this Neo4j holds ${lockFile} (pid ${readFileSync(lockFile, "utf8").trim()}) and did not finish in ${Math.round(options.waitMs / 1000)} s. If no paperkg command is running, delete that file.`,
      );
    }
    await sleep(250);
  }
  try {
    return await fn();
  } finally {
    rmSync(lockFile, { force: true });
  }
}
