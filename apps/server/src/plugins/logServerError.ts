import type { FastifyRequest } from "fastify";
import type { HttpError } from "../HttpError.ts";

/**
 * One JSON line on stderr per 5xx answer: when, which route, what the client was told and the
 * underlying error (its name, code and message; no headers, bodies or query strings, which may
 * carry the token or a user's query).
 */
export function serverErrorLine(req: FastifyRequest, http: HttpError, cause: unknown): string {
  const err = cause as { name?: unknown; code?: unknown; message?: unknown } | null;
  return JSON.stringify({
    time: new Date().toISOString(),
    level: "error",
    source: "paperkg-server",
    requestId: req.id,
    method: req.method,
    route: req.routeOptions.url ?? null,
    status: http.status,
    code: http.code,
    message: http.message,
    cause:
      err && typeof err === "object"
        ? { name: String(err.name ?? "Error"), code: err.code ?? null, message: String(err.message ?? "") }
        : String(cause),
  });
}

/** Writes `serverErrorLine` to stderr when the answer is a 5xx. */
export function logServerError(req: FastifyRequest, http: HttpError, cause: unknown): void {
  if (http.status >= 500) process.stderr.write(`${serverErrorLine(req, http, cause)}\n`);
}

/** One JSON line on stderr for something the server did by itself (loading its read model). */
export function logServerEvent(
  level: "info" | "error",
  message: string,
  details: Record<string, unknown>,
): void {
  const line = { time: new Date().toISOString(), level, source: "paperkg-server", message, ...details };
  process.stderr.write(`${JSON.stringify(line)}\n`);
}
