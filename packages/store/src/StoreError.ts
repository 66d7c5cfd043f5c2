/** Errors of the store package. `code` is what callers branch on; `neo4jCode` carries Neo4j's own. */
export type StoreErrorCode = "UNAVAILABLE" | "AUTH" | "CYPHER" | "WRITE_REFUSED" | "TIMEOUT" | "BAD_RECORD";

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
  const code: StoreErrorCode =
    neo4jCode === "ServiceUnavailable" ||
    neo4jCode === "SessionExpired" ||
    /ECONNREFUSED|connect/i.test(neo4jCode ?? "")
      ? "UNAVAILABLE"
      : neo4jCode === "Neo.ClientError.Security.Unauthorized"
        ? "AUTH"
        : neo4jCode?.includes("TransactionTimedOut") || neo4jCode?.includes("Timeout")
          ? "TIMEOUT"
          : neo4jCode === "Neo.ClientError.Statement.AccessMode" || neo4jCode?.includes("Forbidden")
            ? "WRITE_REFUSED"
            : "CYPHER";
  return new StoreError(code, message, { cause: err, ...(neo4jCode ? { neo4jCode } : {}) });
}
