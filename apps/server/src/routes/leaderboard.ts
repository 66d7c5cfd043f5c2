import { IdParams } from "@paperkg/core";
import { leaderboardCypher, readLeaderboard } from "@paperkg/store";
import type { FastifyInstance } from "fastify";
import type { ApiContext } from "../apiContext.ts";
import { HttpError } from "../HttpError.ts";

/** A benchmark's stated results, one ranked table per metric, gains apart. */
export function registerLeaderboardRoute(app: FastifyInstance, ctx: ApiContext): void {
  app.get("/api/benchmarks/:id/leaderboard", async (req) => {
    const { id } = IdParams.parse(req.params);
    const board = await readLeaderboard(ctx.driver, ctx.database, id);
    if (!board) throw new HttpError("NOT_FOUND", `no benchmark with id "${id}"`);
    return { ...board, cypher: leaderboardCypher(id) };
  });
}
