import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { Neo4jLauncherError } from "./Neo4jLauncherError.ts";
import { withStartLock } from "./startLock.ts";

const dirs: string[] = [];
const children: ChildProcess[] = [];
const lockIn = () => {
  const dir = mkdtempSync(join(tmpdir(), "paperkg-lock-"));
  dirs.push(dir);
  return join(dir, "start.lock");
};
const opts = { waitMs: 10_000, maxAgeMs: 60_000 };

afterEach(() => {
  for (const c of children.splice(0)) c.kill("SIGKILL");
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe("withStartLock", () => {
  it("runs two concurrent holders one after the other, never overlapping", async () => {
    const lock = lockIn();
    const events: string[] = [];
    let releaseFirst!: () => void;
    const firstMayEnd = new Promise<void>((r) => {
      releaseFirst = r;
    });
    const first = withStartLock(
      lock,
      async () => {
        events.push("first in");
        expect(readFileSync(lock, "utf8").trim()).toBe(String(process.pid));
        await firstMayEnd;
        events.push("first out");
      },
      opts,
    );
    const second = withStartLock(
      lock,
      async () => {
        events.push("second in");
      },
      opts,
    );
    await new Promise((r) => setTimeout(r, 600));
    expect(events).toEqual(["first in"]);
    releaseFirst();
    await Promise.all([first, second]);
    expect(events).toEqual(["first in", "first out", "second in"]);
    expect(existsSync(lock)).toBe(false);
  });

  it("releases the lock when the holder throws", async () => {
    const lock = lockIn();
    await expect(
      withStartLock(
        lock,
        async () => {
          throw new Error("boom");
        },
        opts,
      ),
    ).rejects.toThrow("boom");
    expect(existsSync(lock)).toBe(false);
  });

  it("takes over a lock whose owner has died", async () => {
    const lock = lockIn();
    const dead = spawn(process.execPath, ["-e", "0"], { stdio: "ignore" });
    await new Promise((r) => dead.once("exit", r));
    writeFileSync(lock, `${dead.pid}\n`);
    expect(await withStartLock(lock, async () => "ran", opts)).toBe("ran");
  });

  it("takes over a lock older than any start may take, even if its pid runs", async () => {
    const lock = lockIn();
    writeFileSync(lock, `${process.pid}\n`);
    const old = new Date(Date.now() - 120_000);
    utimesSync(lock, old, old);
    expect(statSync(lock).mtimeMs).toBeLessThan(Date.now() - 60_000);
    expect(await withStartLock(lock, async () => "ran", opts)).toBe("ran");
  });

  it("waits on a lock its creator has not written its pid into yet, and takes it over once that is old", async () => {
    const lock = lockIn();
    writeFileSync(lock, "");
    const err = await withStartLock(lock, async () => "ran", { waitMs: 700, maxAgeMs: 60_000 }).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(Neo4jLauncherError);
    expect(readFileSync(lock, "utf8")).toBe("");
    const old = new Date(Date.now() - 10_000);
    utimesSync(lock, old, old);
    expect(await withStartLock(lock, async () => "ran", opts)).toBe("ran");
  });

  it("gives up on a live holder after waitMs with an error naming the lock file", async () => {
    const lock = lockIn();
    const holder = spawn(process.execPath, ["-e", "setTimeout(() => {}, 60000)"], { stdio: "ignore" });
    children.push(holder);
    writeFileSync(lock, `${holder.pid}\n`);
    const err = await withStartLock(lock, async () => "ran", { waitMs: 700, maxAgeMs: 60_000 }).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(Neo4jLauncherError);
    expect((err as Neo4jLauncherError).code).toBe("START_FAILED");
    expect((err as Error).message).toContain(lock);
    expect(readFileSync(lock, "utf8").trim()).toBe(String(holder.pid));
  });
});
