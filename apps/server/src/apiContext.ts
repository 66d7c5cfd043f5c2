import type { Driver } from "neo4j-driver";

/** What every route needs: the driver (owned by the caller) and the database name. */
export interface ApiContext {
  driver: Driver;
  database: string;
  cypherTimeoutMs: number;
  cypherMaxRows: number;
}
