import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";

/** The class our launcher runs; a process without it on its command line is not our server. */
export const NEO4J_ENTRY_POINT = "org.neo4j.server.CommunityEntryPoint";

/** The command line of `pid` as its arguments, or null when the process is gone or unreadable. */
function commandLine(pid: number): string[] | null {
  const proc = `/proc/${pid}/cmdline`;
  try {
    if (existsSync("/proc/self/cmdline")) {
      return readFileSync(proc, "utf8").split("\0").filter(Boolean);
    }
    // No /proc (macOS): ps prints the command line joined by spaces.
    const out = execFileSync("ps", ["-p", String(pid), "-o", "command="], { encoding: "utf8" }).trim();
    return out === "" ? null : out.split(" ");
  } catch {
    return null;
  }
}

/**
 * True when `pid` is the Neo4j our launcher started for `home`: its command line runs the entry
 * point with `--home-dir=<home>`. A pid file can outlive its server and its number be reused by any
 * other process; only this check lets `start` wait for it or `stop` signal it.
 */
export function isOurNeo4j(pid: number, home: string): boolean {
  const args = commandLine(pid);
  if (args === null) return false;
  return args.includes(NEO4J_ENTRY_POINT) && args.includes(`--home-dir=${home}`);
}
