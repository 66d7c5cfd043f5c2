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
  /** No or a wrong `Authorization: Bearer` token on a server that has one. */
  UNAUTHORIZED: 401,
  /** The Cypher would write; the API is read-only. */
  WRITE_REFUSED: 403,
  /** A request from another site's page (`Sec-Fetch-Site`, `Origin`). */
  CROSS_SITE_REFUSED: 403,
  NOT_FOUND: 404,
  /** The route exists for another method (a Cypher export is a POST). */
  METHOD_NOT_ALLOWED: 405,
  /** The connection sent no complete request in time. */
  REQUEST_TIMEOUT: 408,
  BODY_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  /** The `Host` header names a host this server does not answer to (DNS rebinding). */
  HOST_NOT_ALLOWED: 421,
  /** A Cypher answer over the byte cap (one row can be huge). */
  RESULT_TOO_LARGE: 422,
  RATE_LIMITED: 429,
  /** A request line (URL) or headers past what Node reads (16 kB): send big selections as a POST body. */
  HEADERS_TOO_LARGE: 431,
  INTERNAL: 500,
  STORE_ERROR: 500,
  DATABASE_UNAVAILABLE: 503,
  /** Too many heavy queries running and waiting; retry after `Retry-After` seconds. */
  BUSY: 503,
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
