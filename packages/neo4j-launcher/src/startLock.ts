import { createHash, randomUUID } from "node:crypto";
import {
  closeSync,
  linkSync,
  openSync,
  readFileSync,
  rmSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from "node:fs";
import { Neo4jLauncherError } from "./Neo4jLauncherError.ts";
import { processAlive } from "./processAlive.ts";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** How long a lock file may stay without an owner's pid (an older launcher's O_EXCL, then write). */
const UNWRITTEN_GRACE_MS = 5_000;
/** A removal marker older than this was left by a taker that died inside its few system calls. */
const MARKER_STALE_MS = 10_000;

/** The marker that guards the removal of the lock `seen` (see `removeIfStill`). */
export function removalMarker(lockFile: string, seen: LockSeen): string {
  const id = createHash("sha256").update(`${seen.ino} ${seen.mtimeMs} ${seen.text}`).digest("hex");
  return `${lockFile}.${id.slice(0, 24)}.remove`;
}

/** One lock file as read: its text and the inode and time that tell it from any later lock. */
export interface LockSeen {
  text: string;
  ino: number;
  mtimeMs: number;
}

/** The lock file as it is now, or null when there is none (or it changed while being read). */
export function readLock(lockFile: string): LockSeen | null {
  try {
    const { ino, mtimeMs } = statSync(lockFile);
    const text = readFileSync(lockFile, "utf8");
    // the file may have been replaced between the two calls: then read it again next round
    return statSync(lockFile).ino === ino ? { text, ino, mtimeMs } : null;
  } catch {
    return null; // vanished: try again
  }
}

const sameLock = (a: LockSeen, b: LockSeen | null) =>
  b !== null && a.text === b.text && a.ino === b.ino && a.mtimeMs === b.mtimeMs;

/**
 * A lock nobody can still hold: its owner is gone, or it is older than any start may take. A lock
 * with no pid in it is one an older launcher was still creating (open with O_EXCL, then write):
 * stale only once it has stayed empty longer than that can take.
 */
function isStale(seen: LockSeen, maxAgeMs: number): boolean {
  const age = Date.now() - seen.mtimeMs;
  const owner = Number(seen.text.trim().split(/\s+/)[0]);
  if (!Number.isInteger(owner) || owner <= 0) return age > UNWRITTEN_GRACE_MS;
  if (!processAlive(owner)) return true;
  return age > maxAgeMs;
}

/**
 * Create the lock with its text already in it: written to a file of our own, then hard-linked to
 * the lock's name, which fails when the name exists. No reader ever sees a lock half written.
 */
export function tryCreate(lockFile: string, text: string, token: string): boolean {
  const temp = `${lockFile}.${token}.new`;
  writeFileSync(temp, text, { mode: 0o600 });
  try {
    linkSync(temp, lockFile);
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw err;
  } finally {
    rmSync(temp, { force: true });
  }
}

/**
 * Delete the lock file only if it is still the lock `seen`, and let only one process do it: the
 * removal of a given lock is guarded by a marker file named after that lock (its text, inode and
 * time), created with O_EXCL. Two takers that both judged the same lock stale race for its marker;
 * the loser does nothing, and a taker that comes later finds a different lock and leaves it alone
 * (locks carry a random token, so a removed lock's identity never comes back). Every deletion —
 * a takeover and the holder's own release — goes through here.
 */
export function removeIfStill(lockFile: string, seen: LockSeen): boolean {
  const marker = removalMarker(lockFile, seen);
  let fd: number;
  try {
    fd = openSync(marker, "wx", 0o600);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
    // Another process is removing this lock, or died doing it (a marker lives for a few calls).
    try {
      if (Date.now() - statSync(marker).mtimeMs > MARKER_STALE_MS) rmSync(marker, { force: true });
    } catch {
      // gone already
    }
    return false;
  }
  closeSync(fd);
  try {
    if (!sameLock(seen, readLock(lockFile))) return false;
    unlinkSync(lockFile);
    return true;
  } finally {
    rmSync(marker, { force: true });
  }
}

/**
 * Run `fn` holding `<home>/start.lock` (our pid and a random token, created atomically), so two
 * `start`s of one home never both spawn a server: the second waits, then finds the first one's
 * server running. A lock left by a dead process, or older than `maxAgeMs`, is taken over — by
 * exactly one of the waiters that find it so (see `removeIfStill`).
 */
export async function withStartLock<T>(
  lockFile: string,
  fn: () => Promise<T>,
  options: { waitMs: number; maxAgeMs: number },
): Promise<T> {
  const deadline = Date.now() + options.waitMs;
  const token = randomUUID();
  const text = `${process.pid} ${token}\n`;
  for (;;) {
    if (tryCreate(lockFile, text, token)) break;
    const seen = readLock(lockFile);
    if (seen === null && Date.now() <= deadline) {
      await sleep(5); // it vanished (or was replaced) while we looked: try again
      continue;
    }
    const stale = seen !== null && isStale(seen, options.maxAgeMs);
    if (stale && removeIfStill(lockFile, seen)) continue;
    if (Date.now() > deadline) {
      const owner = seen?.text.trim().split(/\s+/)[0] || "not written";
      throw new Neo4jLauncherError(
        "START_FAILED",
        `another start of this Neo4j holds ${lockFile} (pid ${owner}) and did not finish in ${Math.round(options.waitMs / 1000)} s. If no paperkg command is running, delete that file.`,
      );
    }
    // a stale lock another taker is removing is gone in a moment; a live holder takes seconds
    await sleep(stale ? 20 : 250);
  }
  try {
    return await fn();
  } finally {
    const mine = readLock(lockFile);
    // taken over meanwhile (we ran past maxAgeMs): the lock is someone else's now
    if (mine !== null && mine.text === text) removeIfStill(lockFile, mine);
  }
}
