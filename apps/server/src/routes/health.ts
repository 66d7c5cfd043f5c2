import { ENTITY_LABELS, ENTITY_TYPES, type Health, NODE_LABELS, RELATIONSHIP_TYPES } from "@paperkg/core";
import type { FastifyInstance } from "fastify";
import type { ApiContext } from "../apiContext.ts";
import { databaseUnavailable } from "../HttpError.ts";

/**
 * The graph's size as a researcher counts it, each figure a count-store lookup (one label or one
 * relationship type each, so Neo4j answers without reading the graph).
 */
const COUNTS = `RETURN COUNT { (:${NODE_LABELS.paper}) } AS paper,
${ENTITY_TYPES.map((t) => `  COUNT { (:${ENTITY_LABELS[t]}) } AS ${t},`).join("\n")}
  COUNT { (:${NODE_LABELS.community}) } AS communities,
  ${RELATIONSHIP_TYPES.map((r) => `COUNT { ()-[:${r}]->() }`).join(" + ")} AS links`;

const EMPTY_ENTITIES = Object.fromEntries(ENTITY_TYPES.map((t) => [t, 0])) as Health["entities"];

/** `GET /api/health`: whether Neo4j answers, and how many papers, entities by kind, links and communities it holds. */
export function registerHealth(app: FastifyInstance, ctx: ApiContext): void {
  app.get("/api/health", async (_req, reply) => {
    try {
      const res = await ctx.driver.executeQuery(COUNTS, {}, { database: ctx.database, routing: "READ" });
      const row = res.records[0];
      const count = (key: string) => Number(row?.get(key) ?? 0);
      const entities = Object.fromEntries(ENTITY_TYPES.map((t) => [t, count(t)])) as Health["entities"];
      const papers = count("paper");
      const links = count("links");
      const health: Health = {
        status: "ok",
        neo4j: "up",
        nodes: papers + ENTITY_TYPES.reduce((sum, t) => sum + entities[t], 0),
        papers,
        entities,
        links,
        communities: count("communities"),
        relationships: links,
      };
      return health;
    } catch {
      const down = databaseUnavailable();
      return reply.code(down.status).send({
        status: "degraded",
        neo4j: "down",
        nodes: 0,
        papers: 0,
        entities: EMPTY_ENTITIES,
        links: 0,
        communities: 0,
        relationships: 0,
        ...down.toBody(),
      });
    }
  });
}
