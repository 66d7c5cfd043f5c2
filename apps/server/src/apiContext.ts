import type { Driver } from "neo4j-driver";
import type { QueryGate } from "./plugins/QueryGate.ts";
import type { ReadModelHolder } from "./ReadModelHolder.ts";

/** What every route needs: the driver (owned by the caller), the database name and the limits. */
export interface ApiContext {
  driver: Driver;
  database: string;
  cypherTimeoutMs: number;
  cypherMaxRows: number;
  /** Bytes a Cypher answer (or a Cypher export) may take; a larger one is refused. */
  cypherMaxBytes: number;
  /** Bounds the heavy queries (Cypher, exports, the map) running at once. */
  gate: QueryGate;
  /** The graph in memory for the click path, when on (`readModel.current` is null until loaded). */
  readModel: ReadModelHolder | null;
}
