import { type ChildProcess, spawn } from "node:child_process";
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { Neo4jLauncherError } from "./Neo4jLauncherError.ts";
import { readLock, removalMarker, removeIfStill, tryCreate, withStartLock } from "./startLock.ts";

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
        expect(readFileSync(lock, "utf8").split(" ")[0]).toBe(String(process.pid));
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

  it("a taker late to a stale lock leaves the lock that replaced it alone; one mid-removal blocks the rest", async () => {
    const lock = lockIn();
    const dead = spawn(process.execPath, ["-e", "0"], { stdio: "ignore" });
    await new Promise((r) => dead.once("exit", r));
    writeFileSync(lock, `${dead.pid}\n`);
    // Two takers read the same stale lock…
    const first = readLock(lock)!;
    const second = readLock(lock)!;
    expect(second).toEqual(first);
    // …the first removes it and takes the lock…
    expect(removeIfStill(lock, first)).toBe(true);
    expect(tryCreate(lock, `${process.pid} mine\n`, "mine")).toBe(true);
    // …the second, acting on what it read, must not remove the first one's lock.
    expect(removeIfStill(lock, second)).toBe(false);
    expect(readFileSync(lock, "utf8")).toBe(`${process.pid} mine\n`);
    expect(tryCreate(lock, `${process.pid} other\n`, "other")).toBe(false);

    // While one taker holds a lock's removal marker, another taker does not remove that lock.
    const held = readLock(lock)!;
    writeFileSync(removalMarker(lock, held), "");
    expect(removeIfStill(lock, held)).toBe(false);
    expect(readFileSync(lock, "utf8")).toBe(`${process.pid} mine\n`);
    rmSync(removalMarker(lock, held));
    expect(removeIfStill(lock, held)).toBe(true);
    expect(readdirSync(dirname(lock))).toEqual([]);
  });

  it("lets exactly one of several processes racing for a dead owner's lock take it over", async () => {
    const lock = lockIn();
    const log = join(dirname(lock), "holders.log");
    const go = join(dirname(lock), "go");
    const dead = spawn(process.execPath, ["-e", "0"], { stdio: "ignore" });
    await new Promise((r) => dead.once("exit", r));
    writeFileSync(lock, `${dead.pid}\n`);
    // Each taker loads the lock, says it is ready, spins until "go", then races: the winner holds
    // the lock for 4 s, the others give up after 1.5 s.
    const script = `
      import { appendFileSync, existsSync } from "node:fs";
      import { withStartLock } from ${JSON.stringify(pathToFileURL(join(import.meta.dirname, "startLock.ts")).href)};
      const [lock, log, go] = JSON.parse(process.env.LOCK_TEST);
      process.stdout.write("ready\\n");
      while (!existsSync(go)) {}
      try {
        await withStartLock(lock, async () => {
          appendFileSync(log, "in " + process.pid + "\\n");
          await new Promise((r) => setTimeout(r, 4000));
        }, { waitMs: 1500, maxAgeMs: 60000 });
        process.stdout.write("won\\n");
      } catch (err) {
        process.stdout.write((err.code === "START_FAILED" ? "waited" : "failed " + err.message) + "\\n");
      }`;
    const takers = Array.from({ length: 5 }, () => {
      const child = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
        env: { ...process.env, LOCK_TEST: JSON.stringify([lock, log, go]) },
        stdio: ["ignore", "pipe", "inherit"],
      });
      children.push(child);
      let out = "";
      child.stdout.on("data", (d) => {
        out += String(d);
      });
      return {
        ready: new Promise<void>((resolve) =>
          child.stdout.on("data", () => out.includes("ready") && resolve()),
        ),
        done: new Promise<string>((resolve) =>
          child.on("exit", () => resolve(out.replace("ready\n", "").trim())),
        ),
      };
    });
    await Promise.all(takers.map((t) => t.ready));
    writeFileSync(go, "");
    const outcomes = await Promise.all(takers.map((t) => t.done));
    expect(outcomes.sort()).toEqual(["waited", "waited", "waited", "waited", "won"]);
    expect(readFileSync(log, "utf8").trim().split("\n")).toHaveLength(1);
    // released, and no marker or half-made lock left behind
    expect(readdirSync(dirname(lock)).sort()).toEqual(["go", "holders.log"]);
  }, 60_000);
});
