import type { FastifyInstance } from "fastify";
import type { ServerOptions } from "../createServer.ts";

/** `GET /api/health`: whether Neo4j answers, and how many nodes and papers it holds. */
export function registerHealth(app: FastifyInstance, options: ServerOptions): void {
  app.get("/api/health", async (_req, reply) => {
    try {
      const res = await options.driver.executeQuery(
        "MATCH (n) RETURN count(n) AS nodes, count{ (:Paper) } AS papers",
        {},
        { database: options.database, routing: "READ" },
      );
      const row = res.records[0];
      return { status: "ok", neo4j: "up", nodes: row?.get("nodes") ?? 0, papers: row?.get("papers") ?? 0 };
    } catch (err) {
      return reply.code(503).send({
        status: "degraded",
        neo4j: "down",
        error: { code: "DATABASE_UNAVAILABLE", message: `Neo4j is not reachable: ${(err as Error).message}` },
      });
    }
  });
}
