/**
 * bench:reliability — the full reliability suite with a printed table: 1,200 adversarial input
 * files, Cypher escapes through the API and the CLI, parameter injection, 60 s of load at 32
 * clients, faults (SIGKILLed ingests, Neo4j stopped under traffic and killed mid-ingest). Runs on
 * the benchmarks' own Neo4j (wiped).
 *   pnpm bench:reliability [inputs=1200] [loadSeconds=60] [kills=6]
 */
import { join } from "node:path";
import { launcherPaths } from "@paperkg/neo4j-launcher";
import { ingestWithCli, REPO_ROOT } from "../../test/helpers/runCli.ts";
import { startTestServer } from "../../test/helpers/startTestServer.ts";
import { runBadInputs } from "../../test/reliability/badInputs.ts";
import { type CaseReport, formatReports } from "../../test/reliability/CaseReport.ts";
import { CYPHER_ATTACKS } from "../../test/reliability/cypherAttacks.ts";
import { runCypherEscapes } from "../../test/reliability/cypherEscapes.ts";
import { runFaults } from "../../test/reliability/faults.ts";
import { runLoadCase } from "../../test/reliability/loadCase.ts";
import { runParamInjection } from "../../test/reliability/paramInjection.ts";
import { openDriver, startBenchNeo4j, wipe } from "./benchNeo4j.ts";

const [inputs = 1200, loadSeconds = 60, kills = 6] = process.argv.slice(2).map(Number);
const reports: CaseReport[] = [];
reports.push(await runBadInputs(REPO_ROOT, inputs));
console.error(formatReports(reports));

const neo4j = await startBenchNeo4j();
const conn = neo4j.connection;
try {
  const driver = openDriver(conn);
  await wipe(driver, conn.database);
  await driver.close();
  await ingestWithCli(conn, ["data/samples"]);
  const server = await startTestServer(conn);
  try {
    reports.push(await runCypherEscapes(conn, server.url, CYPHER_ATTACKS.length));
    reports.push(await runParamInjection(conn, server.url));
  } finally {
    await server.close();
  }
  reports.push(await runLoadCase(conn, loadSeconds));
  const root = launcherPaths().home.replace(/[/\\]neo4j$/, "");
  reports.push(
    await runFaults(
      conn,
      {
        PAPERKG_NEO4J_HOME: join(root, "neo4j-bench"),
        NEO4J_BOLT_PORT: process.env.PAPERKG_BENCH_BOLT_PORT ?? "17688",
      },
      kills,
    ),
  );
} finally {
  await neo4j.release();
}
console.log(formatReports(reports));
for (const r of reports) for (const f of r.failures) console.log(`FAILED ${r.name}: ${f}`);
process.exitCode = reports.some((r) => r.failed > 0) ? 1 : 0;
