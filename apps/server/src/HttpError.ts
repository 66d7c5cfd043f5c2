import { API_ERROR_STATUS, type ApiErrorCode } from "@paperkg/core";
import { StoreError } from "@paperkg/store";
import { ZodError } from "zod";

/** An API error: a code from `API_ERROR_STATUS` (which gives the status) and a message for people. */
export class HttpError extends Error {
  readonly code: ApiErrorCode;
  readonly status: number;
  /** Neo4j's own code, for CYPHER_ERROR. */
  readonly neo4jCode: string | undefined;
  constructor(code: ApiErrorCode, message: string, options?: { cause?: unknown; neo4jCode?: string }) {
    super(message, options);
    this.name = "HttpError";
    this.code = code;
    this.status = API_ERROR_STATUS[code];
    this.neo4jCode = options?.neo4jCode;
  }

  /** The `{error: {code, message}}` body every failure returns. */
  toBody() {
    return {
      error: {
        code: this.code,
        message: this.message,
        ...(this.neo4jCode ? { neo4jCode: this.neo4jCode } : {}),
      },
    };
  }
}

/** Framework errors (body parsing, rate limiting) by status; other 4xx are BAD_REQUEST. */
const FRAMEWORK_CODES: Record<number, ApiErrorCode> = {
  404: "NOT_FOUND",
  413: "BODY_TOO_LARGE",
  415: "UNSUPPORTED_MEDIA_TYPE",
  429: "RATE_LIMITED",
};

/** Map anything thrown by a route to an HttpError with a fitting code; never leaks internals. */
export function toHttpError(err: unknown): HttpError {
  if (err instanceof HttpError) return err;
  if (err instanceof ZodError) {
    const issue = err.issues[0];
    const name = issue?.path.join(".") || "request";
    return new HttpError("BAD_PARAMETER", `parameter "${name}": ${issue?.message ?? "invalid"}`);
  }
  if (err instanceof StoreError) {
    const message = err.message.replace(/^store: /, "");
    switch (err.code) {
      case "UNAVAILABLE":
      case "AUTH":
        return databaseUnavailable();
      case "WRITE_REFUSED":
        return new HttpError("WRITE_REFUSED", `Writes are not allowed here: ${message}`);
      case "TIMEOUT":
        return new HttpError("QUERY_TIMEOUT", `The query ran past its time limit: ${message}`);
      case "CYPHER":
        return new HttpError("CYPHER_ERROR", message, err.neo4jCode ? { neo4jCode: err.neo4jCode } : {});
      default:
        return new HttpError("STORE_ERROR", message);
    }
  }
  const framework = err as { statusCode?: number; message?: string };
  const status = framework.statusCode;
  if (typeof status === "number" && status >= 400 && status < 500) {
    return new HttpError(FRAMEWORK_CODES[status] ?? "BAD_REQUEST", framework.message || "bad request");
  }
  return new HttpError("INTERNAL", "Unexpected server error.");
}

/** The answer while Neo4j cannot be reached. */
export const databaseUnavailable = () =>
  new HttpError("DATABASE_UNAVAILABLE", "Neo4j is not reachable right now; retry in a few seconds.");
