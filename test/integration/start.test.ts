import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cliCommand, REPO_ROOT } from "../helpers/runCli.ts";

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe("paperkg start (what `pnpm start` runs)", () => {
  it("starts its own Neo4j, ingests the samples, serves /api/health, and Ctrl-C leaves no Java behind", async () => {
    const home = mkdtempSync(join(tmpdir(), "paperkg-start-"));
    const port = 17790 + (process.pid % 100);
    const env = {
      ...process.env,
      NEO4J_URI: undefined,
      NEO4J_PASSWORD: undefined,
      PAPERKG_NEO4J_HOME: home,
      // Two above the test server's port, so parallel checkouts with their own test ports do not collide.
      NEO4J_BOLT_PORT: String(Number(process.env.PAPERKG_TEST_BOLT_PORT ?? 17687) + 2),
      CI: "true",
    } as NodeJS.ProcessEnv;
    const [command, argv] = cliCommand(["start", "--port", String(port)]);
    const child = spawn(command, argv, { cwd: REPO_ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => {
      stdout += d;
    });
    child.stderr.on("data", (d) => {
      stderr += d;
    });
    const exited = new Promise<number | null>((r) => child.on("close", (code) => r(code)));
    try {
      const deadline = Date.now() + 240_000;
      while (!stdout.includes(`:${port}/`) && Date.now() < deadline && child.exitCode === null) {
        await new Promise((r) => setTimeout(r, 250));
      }
      expect(stdout, stderr).toContain(`http://localhost:${port}/`);
      const health = (await (await fetch(`http://127.0.0.1:${port}/api/health`)).json()) as Record<
        string,
        unknown
      >;
      expect(health).toMatchObject({ status: "ok", neo4j: "up", papers: 261 });
      const neo4jPid = Number(readFileSync(join(home, "neo4j.pid"), "utf8"));
      expect(alive(neo4jPid)).toBe(true);

      child.kill("SIGINT");
      expect(await exited).toBe(0);
      expect(alive(neo4jPid)).toBe(false);
      expect(stderr).toMatch(/stopping the server this run started/);
    } finally {
      if (child.exitCode === null) child.kill("SIGKILL");
      try {
        const pid = Number(readFileSync(join(home, "neo4j.pid"), "utf8"));
        if (alive(pid)) process.kill(pid, "SIGKILL");
      } catch {}
      rmSync(home, { recursive: true, force: true });
    }
  });
});
