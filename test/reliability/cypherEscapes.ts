import { graphFingerprint, type Neo4jConnection, openDriver } from "@paperkg/store";
import { neo4jEnv, runCli } from "../helpers/runCli.ts";
import { CaseRecorder, type CaseReport } from "./CaseReport.ts";
import { CYPHER_ATTACK_GROUPS, CYPHER_ATTACKS } from "./cypherAttacks.ts";

/** `n` attacks spread evenly over the list, so a short run still samples every group. */
const spread = <T>(list: T[], n: number): T[] =>
  n >= list.length ? list : Array.from({ length: n }, (_, i) => list[Math.floor((i * list.length) / n)]!);

/**
 * Every attack through `POST /api/cypher` (and `cliCount` of them, spread over the groups, through
 * `paperkg query` without --write) must be refused with a 4xx / non-zero exit, and the graph's
 * fingerprint must not change. The figures give the refusals per group.
 */
export async function runCypherEscapes(
  conn: Neo4jConnection,
  serverUrl: string,
  cliCount: number,
): Promise<CaseReport> {
  const cli = spread(CYPHER_ATTACKS, cliCount);
  const rec = new CaseRecorder(
    `Cypher write/escape attempts (${CYPHER_ATTACKS.length} HTTP + ${cli.length} CLI)`,
  );
  const driver = openDriver(conn);
  try {
    const before = await graphFingerprint(driver, conn.database);
    const perGroup: string[] = [];
    for (const [group, queries] of Object.entries(CYPHER_ATTACK_GROUPS)) {
      let refused = 0;
      for (const query of queries) {
        const res = await fetch(`${serverUrl}/api/cypher`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ query }),
        });
        const body = (await res.json().catch(() => ({}))) as { error?: { code: string } };
        const ok = res.status >= 400 && res.status < 500 && Boolean(body.error?.code);
        if (ok) refused++;
        rec.check(ok, `HTTP ${res.status}: ${JSON.stringify(query)}`);
      }
      perGroup.push(`${group} ${refused}/${queries.length}`);
    }
    const env = neo4jEnv(conn);
    for (const query of cli) {
      const out = await runCli(["query", query], { env });
      rec.check(
        out.code !== 0 && out.stdout === "" && !/\n\s+at /.test(out.stderr),
        `CLI exit ${out.code}: ${JSON.stringify(query)}`,
      );
    }
    const after = await graphFingerprint(driver, conn.database);
    const unchanged = JSON.stringify(after) === JSON.stringify(before);
    rec.check(unchanged, "graph fingerprint changed");
    return rec.report(`refused by group: ${perGroup.join("; ")}; graph fingerprint unchanged: ${unchanged}`);
  } finally {
    await driver.close();
  }
}
