import { GraphView } from "@paperkg/core";
import { readGraph, readNeighbors, readNodeDetail } from "@paperkg/store";
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import type { ApiContext } from "../apiContext.ts";
import { HttpError } from "../HttpError.ts";
import { DateParam, intParam, NodeId, TypesParam } from "./params.ts";

const GraphQuery = z.object({
  view: GraphView.default("bipartite"),
  types: TypesParam,
  community: z.coerce.number().int().min(0).max(1_000_000).optional(),
  from: DateParam,
  to: DateParam,
  minDegree: intParam(0, 100_000, 0),
  limit: intParam(1, 50_000, 5_000),
});

const NeighborsQuery = z.object({
  depth: z.coerce
    .number()
    .pipe(z.union([z.literal(1), z.literal(2)]))
    .default(1),
  types: TypesParam,
  limit: intParam(1, 5_000, 500),
});

const IdParams = z.object({ id: NodeId });

/** The map (`/api/graph`), one node's detail and its neighbourhood. */
export function registerGraphRoutes(app: FastifyInstance, ctx: ApiContext): void {
  app.get("/api/graph", async (req) => {
    const q = GraphQuery.parse(req.query);
    const types = q.types.length
      ? q.types
      : (["paper", "method", "benchmark", "model", "task", "concept"] as const);
    return readGraph(ctx.driver, ctx.database, {
      view: q.view,
      types: [...types],
      community: q.community ?? null,
      from: q.from ?? null,
      to: q.to ? (q.to.length === 4 ? `${q.to}-12-31` : q.to.length === 7 ? `${q.to}-31` : q.to) : null,
      minDegree: q.minDegree,
      limit: q.limit,
    });
  });

  app.get("/api/nodes/:id", async (req) => {
    const { id } = IdParams.parse(req.params);
    const detail = await readNodeDetail(ctx.driver, ctx.database, id);
    if (!detail) throw new HttpError(404, "NOT_FOUND", `no node with id "${id}"`);
    return detail;
  });

  app.get("/api/nodes/:id/neighbors", async (req) => {
    const { id } = IdParams.parse(req.params);
    const q = NeighborsQuery.parse(req.query);
    const graph = await readNeighbors(ctx.driver, ctx.database, id, {
      depth: q.depth,
      types: q.types,
      limit: q.limit,
    });
    if (!graph) throw new HttpError(404, "NOT_FOUND", `no node with id "${id}"`);
    return graph;
  });
}
