import { runIngest } from "@paperkg/pipeline";
import { openDriver, runCypher } from "@paperkg/store";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, inject } from "vitest";
import { startTestServer, type TestServer } from "./startTestServer.ts";
import { wipeDatabase } from "./wipeDatabase.ts";

/** A freshly ingested test graph, a driver on it and the real server over it. */
export interface ServedGraph {
  readonly driver: Driver;
  readonly server: TestServer;
  readonly database: string;
  /** GET `path` on the server: its status and parsed JSON body. */
  get(path: string): ReturnType<TestServer["get"]>;
  /** Rows of hand-written Cypher against the test database (the oracle the API is checked with). */
  cypher<Row = Record<string, unknown>>(query: string, params?: Record<string, unknown>): Promise<Row[]>;
}

/**
 * Registers the suite's set-up and tear-down: empty the test database, ingest `inputs` in process
 * (the same pipeline `paperkg ingest` runs) and start the server (no response cache) over it.
 * Call it inside `describe`; the returned object is usable from the first `beforeAll` after it.
 */
export function serveIngested(inputs: string[]): ServedGraph {
  const conn = inject("neo4j");
  let driver: Driver | undefined;
  let server: TestServer | undefined;
  const ready = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`serveIngested: ${what} used before beforeAll ran`);
    return value;
  };

  beforeAll(async () => {
    driver = openDriver(conn);
    await wipeDatabase(driver, conn.database);
    await runIngest({ inputs, connection: conn });
    server = await startTestServer(conn);
  });
  afterAll(async () => {
    await server?.close();
    await driver?.close();
  });

  return {
    get driver() {
      return ready(driver, "driver");
    },
    get server() {
      return ready(server, "server");
    },
    database: conn.database,
    get: (path) => ready(server, "server").get(path),
    cypher: async <Row>(query: string, params: Record<string, unknown> = {}) =>
      (await runCypher(ready(driver, "driver"), query, params, { database: conn.database })).rows as Row[],
  };
}
