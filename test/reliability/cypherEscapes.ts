import { graphFingerprint, type Neo4jConnection, openDriver } from "@paperkg/store";
import { neo4jEnv, runCli } from "../helpers/runCli.ts";
import { CaseRecorder, type CaseReport } from "./CaseReport.ts";
import { CYPHER_ATTACKS } from "./cypherAttacks.ts";

/**
 * Every attack through `POST /api/cypher` (and the first `cliCount` through `paperkg query`
 * without --write) must be refused with a 4xx / non-zero exit, and the graph's fingerprint must
 * not change.
 */
export async function runCypherEscapes(
  conn: Neo4jConnection,
  serverUrl: string,
  cliCount: number,
): Promise<CaseReport> {
  const rec = new CaseRecorder(
    `Cypher write/escape attempts (${CYPHER_ATTACKS.length} HTTP + ${cliCount} CLI)`,
  );
  const driver = openDriver(conn);
  try {
    const before = await graphFingerprint(driver, conn.database);
    for (const query of CYPHER_ATTACKS) {
      const res = await fetch(`${serverUrl}/api/cypher`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query }),
      });
      const body = (await res.json().catch(() => ({}))) as { error?: { code: string } };
      rec.check(
        res.status >= 400 && res.status < 500 && Boolean(body.error?.code),
        `HTTP ${res.status}: ${query}`,
      );
    }
    const env = neo4jEnv(conn);
    for (const query of CYPHER_ATTACKS.slice(0, cliCount)) {
      const out = await runCli(["query", query], { env });
      rec.check(out.code !== 0 && !/\n\s+at /.test(out.stderr), `CLI exit ${out.code}: ${query}`);
    }
    const after = await graphFingerprint(driver, conn.database);
    rec.check(JSON.stringify(after) === JSON.stringify(before), "graph fingerprint changed");
    return rec.report(
      `fingerprint ${after.hash.slice(0, 12)} unchanged: ${JSON.stringify(after) === JSON.stringify(before)}`,
    );
  } finally {
    await driver.close();
  }
}
