import type { FastifyReply } from "fastify";
import { HttpError } from "../HttpError.ts";

const mb = (bytes: number) => `${(bytes / 1_048_576).toFixed(1)} MB`;

/**
 * Throws RESULT_TOO_LARGE when `body` takes more than `maxBytes`: the row cap alone does not
 * bound an answer, since one row can hold a huge string or list.
 */
export function checkResultSize(body: string, maxBytes: number): void {
  const bytes = Buffer.byteLength(body);
  if (bytes > maxBytes) {
    throw new HttpError(
      "RESULT_TOO_LARGE",
      `the result takes ${mb(bytes)}, over the ${mb(maxBytes)} cap (PAPERKG_CYPHER_MAX_BYTES); return fewer rows or smaller values`,
    );
  }
}

/** Sends `value` as JSON, refused with RESULT_TOO_LARGE when it is over `maxBytes`. */
export function sendJsonCapped(reply: FastifyReply, value: unknown, maxBytes: number): FastifyReply {
  const body = JSON.stringify(value);
  checkResultSize(body, maxBytes);
  return reply.type("application/json; charset=utf-8").send(body);
}
