import { z } from "zod";

/**
 * Every `error.code` the HTTP API answers with, and its status: one casing, one map. Clients branch
 * on the code, never on the message.
 */
export const API_ERROR_STATUS = {
  /** A query-string, path or body parameter failed validation; the message names it. */
  BAD_PARAMETER: 400,
  /** A request the framework could not read (malformed JSON, empty body). */
  BAD_REQUEST: 400,
  /** Neo4j refused the user's Cypher (syntax, unknown function…); `neo4jCode` says which. */
  CYPHER_ERROR: 400,
  UNAUTHORIZED: 401,
  /** The Cypher would write; the API is read-only. */
  WRITE_REFUSED: 403,
  NOT_FOUND: 404,
  BODY_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  STORE_ERROR: 500,
  DATABASE_UNAVAILABLE: 503,
  QUERY_TIMEOUT: 504,
} as const;
export type ApiErrorCode = keyof typeof API_ERROR_STATUS;
export const ApiErrorCode = z.enum(Object.keys(API_ERROR_STATUS) as [ApiErrorCode, ...ApiErrorCode[]]);

/**
 * The body of every failed request. `code` is parsed leniently (a client older than the server
 * still reads the message); `neo4jCode` is Neo4j's own code for CYPHER_ERROR answers.
 */
export const ApiError = z.object({
  error: z.object({ code: z.string(), message: z.string(), neo4jCode: z.string().optional() }),
});
export type ApiError = z.infer<typeof ApiError>;
