import neo4j, { type Driver } from "neo4j-driver";
import type { Neo4jConnection } from "./Neo4jConnection.ts";

/** A driver for `conn`; the caller owns it and must `close()` it. */
export function openDriver(conn: Neo4jConnection, options: { maxPoolSize?: number } = {}): Driver {
  return neo4j.driver(conn.uri, neo4j.auth.basic(conn.user, conn.password), {
    maxConnectionPoolSize: options.maxPoolSize ?? 64,
    connectionAcquisitionTimeout: 30_000,
    disableLosslessIntegers: true,
    logging: { level: "error", logger: () => {} },
  });
}
