import { runIngest } from "@paperkg/pipeline";
import { openDriver } from "@paperkg/store";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { startTestServer, type TestServer } from "../helpers/startTestServer.ts";
import { wipeDatabase } from "../helpers/wipeDatabase.ts";
import type { CaseReport } from "./CaseReport.ts";
import { runCypherEscapes } from "./cypherEscapes.ts";
import { runCypherHarmless } from "./cypherHarmlessCase.ts";
import { runFaults } from "./faults.ts";
import { runLimitCases } from "./limitCases.ts";
import { runLoadCase } from "./loadCase.ts";
import { runParamInjection } from "./paramInjection.ts";
import { runCrossSiteCases, runHostCases, runRequestTargetCases } from "./securityCases.ts";

/** The shortened CI form; `pnpm bench:reliability` runs the full one and prints the table. */
const LOAD_SECONDS = Number(process.env.PAPERKG_RELIABILITY_LOAD_SECONDS ?? 20);
const KILLS = Number(process.env.PAPERKG_RELIABILITY_KILLS ?? 5);
const CLI_ATTEMPTS = Number(process.env.PAPERKG_RELIABILITY_CLI_ATTEMPTS ?? 6);

const expectClean = (report: CaseReport) => {
  expect(report.failures).toEqual([]);
  expect(report.failed).toBe(0);
  expect(report.tried).toBeGreaterThan(0);
};

describe("reliability against the samples graph", () => {
  const conn = inject("neo4j");
  let server: TestServer;

  beforeAll(async () => {
    const driver = openDriver(conn);
    await wipeDatabase(driver, conn.database);
    await driver.close();
    await runIngest({ inputs: ["data/samples"], connection: conn });
    // One client by design: the Cypher rate limit (per client per minute) would cut the cases short.
    server = await startTestServer(conn, { cypherRateLimit: 1_000_000 });
  });
  afterAll(async () => {
    await server?.close();
  });

  it("refuses every Cypher write or escape attempt and leaves the graph unchanged", async () => {
    expectClean(await runCypherEscapes(conn, server.url, CLI_ATTEMPTS));
  });

  it("runs read queries whose text looks like comments, commands or refused procedures", async () => {
    expectClean(await runCypherHarmless(conn, server.url, 2));
  });

  it("answers hostile parameters with 4xx, never 5xx, graph unchanged", async () => {
    expectClean(await runParamInjection(conn, server.url));
  });

  it("no request target, Host name or other site gets past the token and origin checks", async () => {
    expectClean(await runRequestTargetCases(conn));
    expectClean(await runHostCases(conn));
    expectClean(await runCrossSiteCases(conn));
  });

  it("holds its limits: byte cap, heavy-query gate, slow requests, oversized bodies", async () => {
    expectClean(await runLimitCases(conn));
  });

  it(`serves ${LOAD_SECONDS} s of mixed traffic at 32 clients without errors or memory growth`, async () => {
    expectClean(await runLoadCase(conn, LOAD_SECONDS));
  });

  it("recovers from killed ingests and a Neo4j that goes away", async () => {
    expectClean(await runFaults(conn, inject("neo4jLauncher"), KILLS));
  });
});
