import { RisingQuery, TrendsQuery } from "@paperkg/core";
import { readRising, readTrends, risingCypher, trendsCypher } from "@paperkg/store";
import type { FastifyInstance } from "fastify";
import type { ApiContext } from "../apiContext.ts";
import { HttpError } from "../HttpError.ts";

/** Papers over time per entity or community, and the entities rising fastest. */
export function registerTrendRoutes(app: FastifyInstance, ctx: ApiContext): void {
  app.get("/api/trends", async (req) => {
    const q = TrendsQuery.parse(req.query);
    const found = await readTrends(ctx.driver, ctx.database, q.ids, q.bucket);
    if (found.type === "unknown") {
      const list = found.unknown.map((id) => `"${id}"`).join(", ");
      throw new HttpError("BAD_PARAMETER", `parameter "ids": no entity or community with id ${list}`);
    }
    return { ...found.trends, cypher: trendsCypher(q.ids, q.bucket) };
  });

  app.get("/api/trends/rising", async (req) => {
    const q = RisingQuery.parse(req.query);
    const options = { type: q.type ?? null, limit: q.limit, minPapers: q.minPapers };
    const rising = await readRising(ctx.driver, ctx.database, options);
    return { ...rising, cypher: risingCypher(rising.window, options) };
  });
}
