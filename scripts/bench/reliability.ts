/**
 * bench:reliability — the full reliability suite with a printed table: 1,200 adversarial input
 * files, Cypher escapes and harmless look-alikes through the API and the CLI, parameter
 * injection, request targets, Host names and cross-site requests over raw sockets, the server's
 * limits (byte cap, heavy-query gate, slow requests), 60 s of load at 32 clients, faults (SIGKILLed ingests, Neo4j stopped under traffic
 * and killed mid-ingest). Runs on the benchmarks' own Neo4j (wiped).
 *   pnpm bench:reliability [inputs=1200] [loadSeconds=60] [kills=6]
 */
import { REPO_ROOT } from "@paperkg/test/helpers/runCli";
import { startTestServer } from "@paperkg/test/helpers/startTestServer";
import { runBadInputs } from "@paperkg/test/reliability/badInputs";
import { type CaseReport, formatReports } from "@paperkg/test/reliability/CaseReport";
import { CYPHER_ATTACKS } from "@paperkg/test/reliability/cypherAttacks";
import { runCypherEscapes } from "@paperkg/test/reliability/cypherEscapes";
import { CYPHER_HARMLESS } from "@paperkg/test/reliability/cypherHarmless";
import { runCypherHarmless } from "@paperkg/test/reliability/cypherHarmlessCase";
import { runFaults } from "@paperkg/test/reliability/faults";
import { runLimitCases } from "@paperkg/test/reliability/limitCases";
import { runLoadCase } from "@paperkg/test/reliability/loadCase";
import { runParamInjection } from "@paperkg/test/reliability/paramInjection";
import {
  runCrossSiteCases,
  runHostCases,
  runRequestTargetCases,
} from "@paperkg/test/reliability/securityCases";
import { BENCH_LAUNCHER, startBenchSamplesGraph } from "./benchNeo4j.ts";

const [inputs = 1200, loadSeconds = 60, kills = 6] = process.argv.slice(2).map(Number);
const reports: CaseReport[] = [];
reports.push(await runBadInputs(REPO_ROOT, inputs));
console.error(formatReports(reports));

const neo4j = await startBenchSamplesGraph();
const conn = neo4j.connection;
try {
  // One client by design: the Cypher rate limit (per client per minute) would cut the cases short.
  const server = await startTestServer(conn, { cypherRateLimit: 1_000_000 });
  try {
    reports.push(await runCypherEscapes(conn, server.url, CYPHER_ATTACKS.length));
    reports.push(await runCypherHarmless(conn, server.url, CYPHER_HARMLESS.length));
    reports.push(await runParamInjection(conn, server.url));
  } finally {
    await server.close();
  }
  reports.push(await runRequestTargetCases(conn));
  reports.push(await runHostCases(conn));
  reports.push(await runCrossSiteCases(conn));
  reports.push(await runLimitCases(conn, 32));
  reports.push(await runLoadCase(conn, loadSeconds));
  reports.push(await runFaults(conn, BENCH_LAUNCHER, kills));
} finally {
  await neo4j.release();
}
console.log(formatReports(reports));
for (const r of reports) for (const f of r.failures) console.log(`FAILED ${r.name}: ${f}`);
process.exitCode = reports.some((r) => r.failed > 0) ? 1 : 0;
