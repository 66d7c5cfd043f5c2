import type { Neo4jConnection } from "@paperkg/store";
import { neo4jEnv, runCli } from "../helpers/runCli.ts";
import { CaseRecorder, type CaseReport } from "./CaseReport.ts";
import { CYPHER_HARMLESS } from "./cypherHarmless.ts";

/**
 * The other side of the guard: read queries whose text looks like comments, commands or refused
 * procedures must run, through `POST /api/cypher` (200 and, where known, the exact rows) and the
 * first `cliCount` through `paperkg query --format json`.
 */
export async function runCypherHarmless(
  conn: Neo4jConnection,
  serverUrl: string,
  cliCount: number,
): Promise<CaseReport> {
  const cli = CYPHER_HARMLESS.slice(0, cliCount);
  const rec = new CaseRecorder(
    `harmless Cypher that must run (${CYPHER_HARMLESS.length} HTTP + ${cli.length} CLI)`,
  );
  for (const c of CYPHER_HARMLESS) {
    const res = await fetch(`${serverUrl}/api/cypher`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: c.query, params: c.params ?? {} }),
    });
    const body = (await res.json().catch(() => ({}))) as { rows?: unknown[] };
    const rowsOk = !c.rows || JSON.stringify(body.rows) === JSON.stringify(c.rows);
    rec.check(
      res.status === 200 && rowsOk,
      `HTTP ${res.status}: ${JSON.stringify(c.query)} → ${JSON.stringify(body).slice(0, 200)}`,
    );
  }
  const env = neo4jEnv(conn);
  for (const c of cli) {
    const params = Object.entries(c.params ?? {}).flatMap(([k, v]) => [
      "--param",
      `${k}=${JSON.stringify(v)}`,
    ]);
    const out = await runCli(["query", c.query, ...params, "--format", "json"], { env });
    const rowsOk = !c.rows || sameJson(out.stdout, c.rows);
    rec.check(
      out.code === 0 && rowsOk,
      `CLI exit ${out.code}: ${JSON.stringify(c.query)} → ${out.stderr.slice(0, 200)}`,
    );
  }
  return rec.report(`${rec.passed} of ${rec.tried} ran with the expected answer`);
}

function sameJson(text: string, rows: unknown[]): boolean {
  try {
    return JSON.stringify(JSON.parse(text)) === JSON.stringify(rows);
  } catch {
    return false;
  }
}
