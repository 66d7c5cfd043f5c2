import type { FastifyInstance } from "fastify";
import type { ApiContext } from "../apiContext.ts";
import { databaseUnavailable } from "../HttpError.ts";

const COUNTS =
  "MATCH (n) WITH count(n) AS nodes RETURN nodes, COUNT { (:Paper) } AS papers, COUNT { ()-[]->() } AS relationships";

/** `GET /api/health`: whether Neo4j answers, and how many nodes, papers and relationships it holds. */
export function registerHealth(app: FastifyInstance, ctx: ApiContext): void {
  app.get("/api/health", async (_req, reply) => {
    try {
      const res = await ctx.driver.executeQuery(COUNTS, {}, { database: ctx.database, routing: "READ" });
      const row = res.records[0];
      return {
        status: "ok",
        neo4j: "up",
        nodes: Number(row?.get("nodes") ?? 0),
        papers: Number(row?.get("papers") ?? 0),
        relationships: Number(row?.get("relationships") ?? 0),
      };
    } catch {
      const down = databaseUnavailable();
      return reply.code(down.status).send({
        status: "degraded",
        neo4j: "down",
        nodes: 0,
        papers: 0,
        relationships: 0,
        ...down.toBody(),
      });
    }
  });
}
