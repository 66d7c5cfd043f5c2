import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { launcherPaths, neo4jStatus, resolveLauncherSettings, stopNeo4j } from "@paperkg/neo4j-launcher";
import { openDriver, runCypher, StoreError } from "@paperkg/store";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../helpers/runCli.ts";

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Pids of every process whose command line names `home` as its Neo4j home. */
const javaProcessesFor = (home: string) =>
  readdirSync("/proc")
    .filter((d) => /^\d+$/.test(d))
    .filter((d) => {
      try {
        return readFileSync(`/proc/${d}/cmdline`, "utf8").split("\0").includes(`--home-dir=${home}`);
      } catch {
        return false;
      }
    })
    .map(Number);

/**
 * The launcher on a fresh home of its own (four above the test server's port): a stale pid file
 * that names another live process, two `paperkg neo4j start`s at once, a prober trying the factory
 * password the whole time, and the per-transaction memory limit.
 */
describe.runIf(process.platform === "linux")("bundled Neo4j launcher hardening", () => {
  const home = mkdtempSync(join(tmpdir(), "paperkg-launcher-"));
  const port = Number(process.env.PAPERKG_TEST_BOLT_PORT ?? 17687) + 4;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PAPERKG_NEO4J_HOME: home,
    NEO4J_BOLT_PORT: String(port),
    NEO4J_HEAP: "512m",
    NEO4J_PAGECACHE: "128m",
    NEO4J_TRANSACTION_MEMORY: "40m",
    CI: "true",
  };
  delete env.NEO4J_URI;
  delete env.NEO4J_PASSWORD;
  const settings = resolveLauncherSettings(env);
  const paths = launcherPaths(settings);
  let bystander: ChildProcess;

  beforeAll(() => {
    // A process that is not Neo4j holds the number in a left-over pid file.
    bystander = spawn("sleep", ["600"], { stdio: "ignore" });
    writeFileSync(paths.pidFile, `${bystander.pid}\n`);
  });
  afterAll(async () => {
    await stopNeo4j(settings);
    bystander?.kill("SIGKILL");
    rmSync(home, { recursive: true, force: true });
  });

  it("a stale pid file naming another process: status says stopped, stop signals nothing", async () => {
    expect(neo4jStatus(settings).type).toBe("stopped");
    expect(await stopNeo4j(settings, 2_000)).toBeNull();
    expect(alive(bystander.pid!)).toBe(true);
  });

  it("two concurrent starts: one server, both see it; the factory password never logs in", async () => {
    writeFileSync(paths.pidFile, `${bystander.pid}\n`);
    // What another local program would do the moment Bolt answers: claim the factory password.
    // It tries every 50 ms (the launcher polls every 500 ms) until the server first answers.
    let probing = true;
    let attack: "taken" | string | undefined;
    const prober = (async () => {
      const factory = openDriver(
        { uri: `bolt://127.0.0.1:${port}`, user: "neo4j", password: "neo4j", database: "system" },
        { maxPoolSize: 1 },
      );
      try {
        while (probing && attack === undefined) {
          const session = factory.session({ database: "system" });
          try {
            await session.run("ALTER CURRENT USER SET PASSWORD FROM 'neo4j' TO 'stolen-password'");
            attack = "taken";
          } catch (err) {
            const code = String((err as { code?: string }).code);
            if (code.startsWith("Neo.ClientError.")) attack = code;
          } finally {
            await session.close();
          }
          await new Promise((r) => setTimeout(r, 50));
        }
      } finally {
        await factory.close();
      }
    })();
    const [a, b] = await Promise.all([
      runCli(["neo4j", "start"], { env }),
      runCli(["neo4j", "start"], { env }),
    ]);
    probing = false;
    await prober;

    expect(a.code, a.stderr).toBe(0);
    expect(b.code, b.stderr).toBe(0);
    const pids = [a, b].map((r) => Number(/\(pid (\d+)\)/.exec(r.stderr)?.[1]));
    expect(pids[0]).toBe(pids[1]);
    expect([a, b].map((r) => /^started \(pid/m.test(r.stderr)).sort()).toEqual([false, true]);
    expect([a, b].filter((r) => /already running/.test(r.stderr))).toHaveLength(1);
    expect(javaProcessesFor(home)).toEqual([pids[0]]);
    expect(a.stderr + b.stderr).toMatch(/stale pid file/);
    expect(alive(bystander.pid!)).toBe(true);

    expect(attack).toBe("Neo.ClientError.Security.Unauthorized");
    const password = readFileSync(paths.passwordFile, "utf8").trim();
    const generated = openDriver({
      uri: `bolt://127.0.0.1:${port}`,
      user: "neo4j",
      password,
      database: "neo4j",
    });
    const factory = openDriver({
      uri: `bolt://127.0.0.1:${port}`,
      user: "neo4j",
      password: "neo4j",
      database: "neo4j",
    });
    try {
      expect(await generated.verifyAuthentication()).toBe(true);
      expect(await factory.verifyAuthentication().catch(() => false)).toBe(false);
    } finally {
      await factory.close();
      await generated.close();
    }
  });

  it("sets db.memory.transaction.max, and a query over it fails alone with a clear error", async () => {
    const password = readFileSync(paths.passwordFile, "utf8").trim();
    const driver = openDriver({
      uri: `bolt://127.0.0.1:${port}`,
      user: "neo4j",
      password,
      database: "neo4j",
    });
    try {
      const setting = await runCypher(
        driver,
        "SHOW SETTINGS YIELD name, value WHERE name = 'db.memory.transaction.max' RETURN value",
        {},
        { database: "neo4j", readOnly: false, timeoutMs: 60_000 },
      );
      expect(setting.rows).toHaveLength(1);
      expect(String(setting.rows[0]!.value)).toMatch(/^(40m|40\.00MiB|41943040)$/);
      const err = await runCypher(
        driver,
        "UNWIND range(1, 20000000) AS i WITH collect(i) AS xs RETURN size(xs) AS n",
        {},
        { database: "neo4j", timeoutMs: 60_000 },
      ).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(StoreError);
      expect((err as StoreError).code).toBe("CYPHER");
      expect((err as StoreError).neo4jCode).toBe("Neo.TransientError.General.MemoryPoolOutOfMemoryError");
      expect((err as Error).message).toMatch(/db\.memory\.transaction\.max/);
      const small = await runCypher(
        driver,
        "UNWIND range(1, 1000) AS i RETURN count(i) AS n",
        {},
        { database: "neo4j", timeoutMs: 60_000 },
      );
      expect(small.rows).toEqual([{ n: 1000 }]);
    } finally {
      await driver.close();
    }
  });

  it("stop signals our Neo4j only, and a pid file pointing elsewhere again leaves that process alone", async () => {
    const pid = Number(readFileSync(paths.pidFile, "utf8"));
    expect(await stopNeo4j(settings)).toBe(pid);
    expect(javaProcessesFor(home)).toEqual([]);
    writeFileSync(paths.pidFile, `${bystander.pid}\n`);
    expect(await stopNeo4j(settings, 2_000)).toBeNull();
    expect(alive(bystander.pid!)).toBe(true);
  });
});
