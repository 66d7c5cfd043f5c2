import type { Driver } from "neo4j-driver";
import { integerParams } from "./integerParams.ts";
import { type ExplainedQuery, planRefusal } from "./planRefusal.ts";
import { StoreError, toStoreError } from "./StoreError.ts";
import { type GraphCollector, type PlainEdge, type PlainNode, resolveEdgeEnds, toPlain } from "./toPlain.ts";

export interface CypherOptions {
  database: string;
  /** Run in a read transaction (the database refuses writes); `false` only for `paperkg query --write`. */
  readOnly: boolean;
  timeoutMs: number;
  maxRows: number;
}

export const DEFAULT_CYPHER_OPTIONS: Omit<CypherOptions, "database"> = {
  readOnly: true,
  timeoutMs: 10_000,
  maxRows: 5_000,
};

export interface CypherResult {
  columns: string[];
  rows: Record<string, unknown>[];
  graph: { nodes: PlainNode[]; edges: PlainEdge[] };
  truncated: boolean;
}

/** Neo4j's answer to a transaction over `db.memory.transaction.max`. */
const MEMORY_LIMIT = "Neo.TransientError.General.MemoryPoolOutOfMemoryError";

/**
 * The driver retries transient errors for up to 30 s, but a query over the per-transaction memory
 * limit fails the same way every time: report it at once, as the query's fault.
 */
function withoutMemoryRetry<A extends unknown[], R>(work: (...args: A) => Promise<R>) {
  return async (...args: A): Promise<R> => {
    try {
      return await work(...args);
    } catch (err) {
      const code = typeof err === "object" && err && "code" in err ? String(err.code) : "";
      if (code !== MEMORY_LIMIT) throw err;
      throw new StoreError(
        "CYPHER",
        "the query needs more memory than one transaction may use (db.memory.transaction.max); narrow it or add a LIMIT",
        { cause: err, neo4jCode: code },
      );
    }
  };
}

/**
 * Run a user's Cypher with a timeout and a row cap; whole-number parameters go as INTEGERs
 * (`integerParams`). A read-only run has two walls: inside one READ transaction it first asks
 * Neo4j for its reading of the text (`EXPLAIN`) and refuses by that plan what a read transaction
 * would still allow — `LOAD CSV`, procedures beyond search and schema, `SHOW`/`TERMINATE` and
 * administration, another database (see `planRefusal`) — then runs the query in the same
 * transaction, where the database itself refuses any write. Errors become StoreErrors carrying
 * Neo4j's code and message; a refusal is a `WRITE_REFUSED` StoreError.
 */
export async function runCypher(
  driver: Driver,
  query: string,
  params: Record<string, unknown>,
  options: Partial<CypherOptions> & { database: string },
): Promise<CypherResult> {
  const opts = { ...DEFAULT_CYPHER_OPTIONS, ...options };
  const queryParams = integerParams(params);
  const session = driver.session({
    database: opts.database,
    defaultAccessMode: opts.readOnly ? "READ" : "WRITE",
  });
  const collector: GraphCollector = { nodes: new Map(), edges: new Map() };
  const idOf = new Map<string, string>();
  const work = async (tx: {
    run: (
      q: string,
      p: Record<string, unknown>,
    ) => AsyncIterable<unknown> & {
      keys(): Promise<string[]>;
      summary(): Promise<ExplainedQuery>;
    };
  }) => {
    collector.nodes.clear(); // a retried transaction starts over
    collector.edges.clear();
    idOf.clear();
    if (opts.readOnly) {
      const refusal = planRefusal(await tx.run(`EXPLAIN ${query}`, queryParams).summary(), opts.database);
      if (refusal) throw new StoreError("WRITE_REFUSED", refusal);
    }
    const result = tx.run(query, queryParams);
    const rows: Record<string, unknown>[] = [];
    let truncated = false;
    for await (const record of result as AsyncIterable<{
      keys: PropertyKey[];
      toObject(): Record<string, unknown>;
    }>) {
      if (rows.length >= opts.maxRows) {
        truncated = true;
        break;
      }
      rows.push(toPlain(record.toObject(), collector, idOf) as Record<string, unknown>);
    }
    const columns = await result.keys();
    return { columns, rows, truncated };
  };
  try {
    const txConfig = { timeout: opts.timeoutMs };
    // Writes run as an auto-commit transaction so `CALL { … } IN TRANSACTIONS` works with --write.
    const out = opts.readOnly
      ? await session.executeRead(withoutMemoryRetry(work) as never, txConfig)
      : await withoutMemoryRetry(work)({
          run: (q: string, p: Record<string, unknown>) => session.run(q, p, txConfig),
        } as never);
    const { columns, rows, truncated } = out as {
      columns: string[];
      rows: Record<string, unknown>[];
      truncated: boolean;
    };
    return {
      columns,
      rows,
      truncated,
      graph: { nodes: [...collector.nodes.values()], edges: resolveEdgeEnds(collector, idOf) },
    };
  } catch (err) {
    throw toStoreError(err);
  } finally {
    await session.close();
  }
}
