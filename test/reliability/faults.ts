import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { mulberry32 } from "@paperkg/graph";
import { type LauncherSettings, startNeo4j, stopNeo4j } from "@paperkg/neo4j-launcher";
import { type GraphFingerprint, graphFingerprint, type Neo4jConnection, openDriver } from "@paperkg/store";
import { cliCommand, neo4jEnv, REPO_ROOT, runCli } from "../helpers/runCli.ts";
import { startTestServer } from "../helpers/startTestServer.ts";
import { wipeDatabase } from "../helpers/wipeDatabase.ts";
import { CaseRecorder, type CaseReport } from "./CaseReport.ts";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const same = (a: GraphFingerprint, b: GraphFingerprint) => JSON.stringify(a) === JSON.stringify(b);

/** Start `paperkg ingest data/samples`; `kill` after `ms` (or never); resolve with its exit. */
function ingestChild(conn: Neo4jConnection, killAfterMs: number | null) {
  const [command, argv] = cliCommand(["ingest", "data/samples"]);
  const child = spawn(command, argv, {
    cwd: REPO_ROOT,
    env: neo4jEnv(conn),
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (d) => {
    stderr += d;
  });
  if (killAfterMs !== null) setTimeout(() => child.kill("SIGKILL"), killAfterMs);
  return {
    child,
    done: new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((r) =>
      child.on("close", (code, signal) => r({ code, signal, stderr })),
    ),
  };
}

async function ingestOk(conn: Neo4jConnection): Promise<boolean> {
  return (await runCli(["ingest", "data/samples"], { env: neo4jEnv(conn) })).code === 0;
}

/**
 * Faults: ingests killed with SIGKILL at random moments then re-run; Neo4j stopped while the server
 * is under traffic (503s, then right answers within 10 s of its return, same server process); Neo4j
 * killed during an ingest, then the re-run completes. Each must end in the clean run's graph.
 */
export async function runFaults(
  conn: Neo4jConnection,
  settings: LauncherSettings | null,
  kills: number,
): Promise<CaseReport> {
  const rec = new CaseRecorder(
    `faults (${kills} SIGKILLed ingests, Neo4j down under traffic, Neo4j killed mid-ingest)`,
  );
  const driver = openDriver(conn, { failFast: true });
  const notes: string[] = [];
  try {
    await wipeDatabase(driver, conn.database);
    rec.check(await ingestOk(conn), "clean ingest failed");
    const clean = await graphFingerprint(driver, conn.database);

    const rng = mulberry32(11);
    for (let i = 0; i < kills; i++) {
      if (i % 2 === 0) await wipeDatabase(driver, conn.database);
      const delay = Math.round(1500 + rng() * 6000);
      const { signal } = await ingestChild(conn, delay).done;
      rec.check(await ingestOk(conn), `re-run after SIGKILL at ${delay} ms failed`);
      rec.check(
        same(await graphFingerprint(driver, conn.database), clean),
        `graph differs after SIGKILL at ${delay} ms (${signal ?? "finished first"})`,
      );
    }
    if (!settings) return rec.report("Neo4j faults skipped: NEO4J_URI is not ours to stop");

    // Neo4j stopped while the server is under traffic.
    // A cache would (rightly) keep answering while Neo4j is away; the queries below always miss it.
    const server = await startTestServer(conn, { cacheSeconds: 30 });
    try {
      const statuses = new Map<number, number>();
      let down = false;
      let stop = false;
      let n = 0;
      const traffic = (async () => {
        while (!stop) {
          const t0 = performance.now();
          const status = await fetch(`${server.url}/api/nodes/benchmark:gsm8k?n=${n++}`).then(
            (r) => r.status,
            () => 0,
          );
          const ms = performance.now() - t0;
          if (down) statuses.set(status, (statuses.get(status) ?? 0) + 1);
          if (ms > 10_000) rec.check(false, `a request hung ${ms.toFixed(0)} ms while Neo4j was down`);
          await sleep(50);
        }
      })();
      await sleep(1000);
      await stopNeo4j(settings);
      down = true;
      await sleep(3000);
      down = false;
      const only503 = [...statuses.keys()].every((s) => s === 503);
      rec.check(statuses.size > 0 && only503, `while down: ${JSON.stringify([...statuses])}`);
      await startNeo4j(settings);
      const back = performance.now();
      let recoveredMs = Number.POSITIVE_INFINITY;
      while (performance.now() - back < 15_000) {
        const res = await fetch(`${server.url}/api/nodes/benchmark:gsm8k`);
        if (
          res.status === 200 &&
          ((await res.json()) as { node?: { id?: string } }).node?.id === "benchmark:gsm8k"
        ) {
          recoveredMs = performance.now() - back;
          break;
        }
        await sleep(200);
      }
      stop = true;
      await traffic;
      rec.check(recoveredMs <= 10_000, `no right answer within 10 s of Neo4j's return (${recoveredMs} ms)`);
      notes.push(
        `while down: ${[...statuses].map(([s, n]) => `${s}×${n}`).join(" ")}; right answers ${Math.round(recoveredMs)} ms after restart`,
      );
    } finally {
      await server.close();
    }

    // Neo4j killed with SIGKILL during an ingest; the re-run completes.
    await wipeDatabase(driver, conn.database);
    const run = ingestChild(conn, null);
    await sleep(3500);
    const pid = Number(readFileSync(join(settings.home, "neo4j.pid"), "utf8"));
    process.kill(pid, "SIGKILL");
    const killed = await run.done;
    rec.check(
      killed.code !== 0 || killed.signal !== null || /ingest summary/.test(killed.stderr),
      "ingest state unknown",
    );
    rec.check(
      !/\n\s+at /.test(killed.stderr),
      `ingest printed a stack trace when Neo4j died: ${killed.stderr.slice(-400)}`,
    );
    await startNeo4j(settings);
    rec.check(await ingestOk(conn), "re-run after Neo4j was killed failed");
    rec.check(
      same(await graphFingerprint(driver, conn.database), clean),
      "graph differs after Neo4j was killed mid-ingest",
    );
    notes.push(
      `ingest when Neo4j died: exit ${killed.code}, "${killed.stderr.trim().split("\n").at(-1)?.slice(0, 100)}"`,
    );
    return rec.report(notes.join("; "));
  } finally {
    await driver.close();
  }
}
