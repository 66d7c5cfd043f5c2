import { StoreError } from "@paperkg/store";
import { ZodError } from "zod";

/** An API error: HTTP status plus the `{error: {code, message}}` body every failure returns. */
export class HttpError extends Error {
  readonly status: number;
  readonly code: string;
  constructor(status: number, code: string, message: string) {
    super(message);
    this.name = "HttpError";
    this.status = status;
    this.code = code;
  }
}

/** Map anything thrown by a route to an HttpError with a fitting status; never leaks internals. */
export function toHttpError(err: unknown): HttpError {
  if (err instanceof HttpError) return err;
  if (err instanceof ZodError) {
    const issue = err.issues[0];
    const name = issue?.path.join(".") || "request";
    return new HttpError(400, "BAD_PARAMETER", `parameter "${name}": ${issue?.message ?? "invalid"}`);
  }
  if (err instanceof StoreError) {
    const message = err.message.replace(/^store: /, "");
    switch (err.code) {
      case "UNAVAILABLE":
      case "AUTH":
        return new HttpError(
          503,
          "DATABASE_UNAVAILABLE",
          "Neo4j is not reachable right now; retry in a few seconds.",
        );
      case "WRITE_REFUSED":
        return new HttpError(403, "WRITE_REFUSED", `Writes are not allowed here: ${message}`);
      case "TIMEOUT":
        return new HttpError(504, "QUERY_TIMEOUT", `The query ran past its time limit: ${message}`);
      case "CYPHER":
        return new HttpError(400, err.neo4jCode ?? "CYPHER_ERROR", message);
      default:
        return new HttpError(500, "STORE_ERROR", message);
    }
  }
  const fastify = err as { statusCode?: number; code?: string; message?: string };
  if (typeof fastify.statusCode === "number" && fastify.statusCode >= 400 && fastify.statusCode < 500) {
    return new HttpError(fastify.statusCode, fastify.code ?? "BAD_REQUEST", fastify.message ?? "bad request");
  }
  return new HttpError(500, "INTERNAL", "Unexpected server error.");
}
