import { type ChildProcess, spawn } from "node:child_process";
import { afterEach, describe, expect, it } from "vitest";
import { isOurNeo4j, NEO4J_ENTRY_POINT } from "./isOurNeo4j.ts";

const children: ChildProcess[] = [];
/** A real process whose command line carries `args` (node ignores extra arguments after -e). */
function spawnWithArgs(args: string[]): number {
  const child = spawn(process.execPath, ["-e", "setTimeout(() => {}, 60000)", ...args], { stdio: "ignore" });
  children.push(child);
  return child.pid!;
}
const exited = (child: ChildProcess) => new Promise((r) => child.once("exit", r));

afterEach(() => {
  for (const c of children.splice(0)) c.kill("SIGKILL");
});

describe("isOurNeo4j", () => {
  it("recognises a process running the entry point for this home", () => {
    const pid = spawnWithArgs([NEO4J_ENTRY_POINT, "--home-dir=/srv/paperkg/neo4j", "--config-dir=/x"]);
    expect(isOurNeo4j(pid, "/srv/paperkg/neo4j")).toBe(true);
  });

  it("refuses the same entry point for another home (another checkout's server)", () => {
    const pid = spawnWithArgs([NEO4J_ENTRY_POINT, "--home-dir=/srv/other/neo4j"]);
    expect(isOurNeo4j(pid, "/srv/paperkg/neo4j")).toBe(false);
    expect(isOurNeo4j(pid, "/srv/other")).toBe(false);
  });

  it("refuses an unrelated process that got the number (a stale pid file)", () => {
    const pid = spawnWithArgs(["--home-dir=/srv/paperkg/neo4j"]);
    expect(isOurNeo4j(pid, "/srv/paperkg/neo4j")).toBe(false);
    expect(isOurNeo4j(process.pid, "/srv/paperkg/neo4j")).toBe(false);
  });

  it("refuses a pid that no longer runs", async () => {
    const child = spawn(process.execPath, ["-e", "0", NEO4J_ENTRY_POINT, "--home-dir=/h"], {
      stdio: "ignore",
    });
    const pid = child.pid!;
    await exited(child);
    expect(isOurNeo4j(pid, "/h")).toBe(false);
  });
});
