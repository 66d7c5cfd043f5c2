import { spawn } from "node:child_process";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Neo4jConnection } from "@paperkg/store";

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Environment pointing the CLI at the test Neo4j. */
export function neo4jEnv(conn: Neo4jConnection): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NEO4J_URI: conn.uri,
    NEO4J_USER: conn.user,
    NEO4J_PASSWORD: conn.password,
    NEO4J_DATABASE: conn.database,
    CI: "true",
  };
}

/**
 * `paperkg <args>` as ONE node process (tsx as a loader): the pid is the CLI itself, so a SIGKILL
 * kills the CLI and not only a wrapper that would leave it running.
 */
export const cliCommand = (args: string[]): [string, string[]] => [
  process.execPath,
  ["--import", "tsx", "apps/cli/src/main.ts", ...args],
];

/** Run `paperkg <args>` as a user would, collecting its output. */
export function runCli(
  args: string[],
  options: { env?: NodeJS.ProcessEnv; input?: string } = {},
): Promise<CliResult> {
  return new Promise((res, rej) => {
    const [command, argv] = cliCommand(args);
    const child = spawn(command, argv, {
      cwd: REPO_ROOT,
      env: options.env ?? process.env,
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => {
      stdout += d;
    });
    child.stderr.on("data", (d) => {
      stderr += d;
    });
    child.on("error", rej);
    child.on("close", (code, signal) => res({ code, signal, stdout, stderr }));
    child.stdin.end(options.input ?? "");
  });
}

/** Ingest `inputs` into the test database through the real CLI; throws with its stderr on failure. */
export async function ingestWithCli(conn: Neo4jConnection, inputs: string[]): Promise<CliResult> {
  const result = await runCli(["ingest", ...inputs], { env: neo4jEnv(conn) });
  if (result.code !== 0) throw new Error(`paperkg ingest failed (${result.code}):\n${result.stderr}`);
  return result;
}
