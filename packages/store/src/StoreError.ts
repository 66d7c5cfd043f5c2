/** Errors of the store package. `code` is what callers branch on; `neo4jCode` carries Neo4j's own. */
export type StoreErrorCode =
  | "UNAVAILABLE"
  | "AUTH"
  | "CYPHER"
  | "WRITE_REFUSED"
  | "TIMEOUT"
  | "BAD_RECORD"
  | "LOCKED";

export class StoreError extends Error {
  readonly code: StoreErrorCode;
  readonly neo4jCode: string | undefined;
  constructor(code: StoreErrorCode, message: string, options?: { cause?: unknown; neo4jCode?: string }) {
    super(`store: ${message}`, options);
    this.name = "StoreError";
    this.code = code;
    this.neo4jCode = options?.neo4jCode;
  }
}

/** Convert anything the driver throws into a StoreError with a fitting code. */
export function toStoreError(err: unknown): StoreError {
  if (err instanceof StoreError) return err;
  const neo4jCode =
    typeof err === "object" && err && "code" in err ? String((err as { code: unknown }).code) : undefined;
  const message = err instanceof Error ? err.message : String(err);
  const code: StoreErrorCode = classify(neo4jCode);
  return new StoreError(code, message, { cause: err, ...(neo4jCode ? { neo4jCode } : {}) });
}

/** Neo4j's client and database errors are the query's fault; anything else (network, transient) means unavailable. */
function classify(neo4jCode: string | undefined): StoreErrorCode {
  if (!neo4jCode) return "UNAVAILABLE";
  if (neo4jCode === "Neo.ClientError.Security.Unauthorized") return "AUTH";
  if (neo4jCode.includes("TransactionTimedOut") || neo4jCode.endsWith("Timeout")) return "TIMEOUT";
  if (neo4jCode === "Neo.ClientError.Statement.AccessMode" || neo4jCode.includes("Forbidden"))
    return "WRITE_REFUSED";
  // DatabaseError reaches users only from a query the server choked on (e.g. a lone backslash).
  if (neo4jCode.startsWith("Neo.ClientError.") || neo4jCode.startsWith("Neo.DatabaseError.")) return "CYPHER";
  return "UNAVAILABLE";
}
