import { CypherRequest } from "@paperkg/core";
import { runCypher } from "@paperkg/store";
import type { FastifyInstance } from "fastify";
import type { ApiContext } from "../apiContext.ts";
import { HttpError } from "../HttpError.ts";
import { sendJsonCapped } from "../plugins/sendCapped.ts";

/**
 * `POST /api/cypher`: a user's query in a read transaction (the database refuses writes) with a
 * timeout, a row cap and a byte cap, through the heavy-query gate. Rate limited.
 */
export function registerCypherRoute(app: FastifyInstance, ctx: ApiContext): void {
  app.post("/api/cypher", { config: { rateLimit: {} } }, async (req, reply) => {
    if (!req.body || typeof req.body !== "object") {
      throw new HttpError("BAD_PARAMETER", 'parameter "body": expected JSON {"query": "...", "params": {}}');
    }
    const body = CypherRequest.parse(req.body);
    const result = await ctx.gate.run(() =>
      runCypher(ctx.driver, body.query, body.params, {
        database: ctx.database,
        readOnly: true,
        timeoutMs: ctx.cypherTimeoutMs,
        maxRows: ctx.cypherMaxRows,
      }),
    );
    return sendJsonCapped(reply, result, ctx.cypherMaxBytes);
  });
}
