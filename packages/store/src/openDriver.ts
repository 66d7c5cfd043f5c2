import neo4j, { type Driver } from "neo4j-driver";
import type { Neo4jConnection } from "./Neo4jConnection.ts";

/** A driver for `conn`; the caller owns it and must `close()` it. */
export function openDriver(
  conn: Neo4jConnection,
  options: { maxPoolSize?: number; failFast?: boolean } = {},
): Driver {
  // failFast: a server answers 503 within a few seconds when Neo4j is down instead of retrying for 30 s.
  return neo4j.driver(conn.uri, neo4j.auth.basic(conn.user, conn.password), {
    maxConnectionPoolSize: options.maxPoolSize ?? 64,
    connectionAcquisitionTimeout: options.failFast ? 5_000 : 30_000,
    connectionTimeout: options.failFast ? 3_000 : 30_000,
    maxTransactionRetryTime: options.failFast ? 1_000 : 30_000,
    disableLosslessIntegers: true,
    logging: { level: "error", logger: () => {} },
  });
}
