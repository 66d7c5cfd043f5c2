import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import type { Neo4jConnection } from "@paperkg/store";
import { neo4jEnv, REPO_ROOT } from "./runCli.ts";

export interface ServerProcess {
  url: string;
  pid: number;
  /** Resident memory of the server process now, in MB. */
  rssMb: () => number;
  /** What the server wrote to stderr so far. */
  stderr: () => string;
  stop: () => Promise<void>;
}

/**
 * `paperkg serve` as its own node process (tsx as a loader, so the pid is the server itself) on
 * `port` with `env` over the Neo4j connection's variables, resolved once /api/health answers.
 */
export async function spawnServer(
  conn: Neo4jConnection,
  port: number,
  env: NodeJS.ProcessEnv = {},
): Promise<ServerProcess> {
  const child: ChildProcess = spawn(
    process.execPath,
    ["--import", "tsx", "apps/cli/src/main.ts", "serve", "--port", String(port)],
    { cwd: REPO_ROOT, env: { ...neo4jEnv(conn), ...env }, stdio: ["ignore", "ignore", "pipe"] },
  );
  let stderr = "";
  child.stderr?.on("data", (d) => {
    stderr += d;
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`paperkg serve exited: ${stderr}`);
    const ok = await fetch(`${url}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (Date.now() > deadline) throw new Error(`paperkg serve did not answer: ${stderr}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url,
    pid: child.pid!,
    stderr: () => stderr,
    rssMb: () => {
      const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, "utf8"));
      return m ? Number(m[1]) / 1024 : 0;
    },
    stop: async () => {
      if (child.exitCode !== null) return;
      child.kill("SIGTERM");
      await new Promise((r) => child.once("close", r));
    },
  };
}
