import { createHash, timingSafeEqual } from "node:crypto";
import type { FastifyInstance } from "fastify";
import { HttpError } from "../HttpError.ts";

const digest = (text: string) => createHash("sha256").update(text, "utf8").digest();

/**
 * Whether `header` is `Bearer <token>`. Both sides are hashed first, so the comparison runs on
 * equal-length digests in constant time and the token's length does not leak through timing.
 */
export function bearerMatches(header: string | undefined, token: string): boolean {
  const presented = /^Bearer +(\S+) *$/i.exec(header ?? "")?.[1] ?? "";
  const ok = timingSafeEqual(digest(presented), digest(token));
  return ok && presented.length > 0;
}

/**
 * Requires `Authorization: Bearer <token>` on every route of the Fastify context it is added to.
 * It runs on the matched route, not on the request target's text, so no spelling of a path
 * (percent-encoding, doubled slashes, an absolute-form target) reaches a handler without the token.
 * Add it first in the context, before any hook that may answer (the response cache).
 */
export function requireBearerToken(api: FastifyInstance, token: string): void {
  api.addHook("onRequest", async (req, reply) => {
    if (!bearerMatches(req.headers.authorization, token)) {
      void reply.header("www-authenticate", 'Bearer realm="paperkg"');
      throw new HttpError("UNAUTHORIZED", "send Authorization: Bearer <PAPERKG_TOKEN>");
    }
  });
}
