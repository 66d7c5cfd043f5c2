import { ChangesQuery } from "@paperkg/core";
import { changesCypher, readChanges } from "@paperkg/store";
import type { FastifyInstance } from "fastify";
import type { ApiContext } from "../apiContext.ts";
import { HttpError } from "../HttpError.ts";

/** `GET /api/changes?since=`: what the ingests after a snapshot added (default: the last ingest). */
export function registerChangesRoute(app: FastifyInstance, ctx: ApiContext): void {
  app.get("/api/changes", async (req) => {
    const q = ChangesQuery.parse(req.query);
    const changes = await readChanges(ctx.driver, ctx.database, { since: q.since, limit: q.limit });
    if (!changes) throw new HttpError("NOT_FOUND", `no snapshot with id "${q.since}"`);
    return { ...changes, cypher: changesCypher(changes.since?.seq ?? 0, q.limit) };
  });
}
