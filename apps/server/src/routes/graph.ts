import {
  DEFAULT_VIEW_LINKS,
  GraphQuery,
  IdParams,
  MEMBER_KINDS,
  NeighborsQuery,
  NodePapersQuery,
  packCommunities,
} from "@paperkg/core";
import {
  decodePaperCursor,
  type GraphFilter,
  graphViewCypher,
  modelGraph,
  modelNeighbors,
  modelNodeDetail,
  modelNodePapers,
  neighborsCypher,
  nodeDetailCypher,
  nodePapersCypher,
  readGraph,
  readNeighbors,
  readNodeDetail,
  readNodePapers,
} from "@paperkg/store";
import type { FastifyInstance } from "fastify";
import type { ApiContext } from "../apiContext.ts";
import { HttpError } from "../HttpError.ts";
import { memoized } from "../memoized.ts";

/** The map (`/api/graph`, a heavy query: through the gate), one node's detail and its neighbourhood. */
export function registerGraphRoutes(app: FastifyInstance, ctx: ApiContext): void {
  app.get("/api/graph", async (req) => {
    const q = GraphQuery.parse(req.query);
    const types = q.types.length ? q.types : MEMBER_KINDS;
    const filter: GraphFilter = {
      view: q.view,
      types: [...types],
      community: q.community ?? null,
      area: q.area ?? null,
      links: q.links ?? DEFAULT_VIEW_LINKS,
      from: q.from ?? null,
      to: q.to ? (q.to.length === 4 ? `${q.to}-12-31` : q.to.length === 7 ? `${q.to}-31` : q.to) : null,
      minDegree: q.minDegree,
      limit: q.limit,
    };
    const model = ctx.readModel?.current;
    const read = () => ctx.gate.run(() => readGraph(ctx.driver, ctx.database, filter));
    const graph =
      (model && modelGraph(model, filter)) ?? (await memoized(ctx, `graph ${JSON.stringify(filter)}`, read));
    const answer = { ...graph, cypher: graphViewCypher(filter) };
    return q.packed === 1 && q.view === "communities" ? packCommunities(answer) : answer;
  });

  app.get("/api/nodes/:id", async (req) => {
    const { id } = IdParams.parse(req.params);
    const { limit } = NodePapersQuery.parse(req.query);
    const model = ctx.readModel?.current;
    const detail =
      (model && modelNodeDetail(model, id, { limit })) ??
      (await readNodeDetail(ctx.driver, ctx.database, id, { limit }));
    if (!detail) throw new HttpError("NOT_FOUND", `no node with id "${id}"`);
    return { ...detail, cypher: nodeDetailCypher(id, limit) ?? undefined };
  });

  app.get("/api/nodes/:id/papers", async (req) => {
    const { id } = IdParams.parse(req.params);
    const q = NodePapersQuery.parse(req.query);
    const after = q.cursor === undefined ? null : decodePaperCursor(q.cursor);
    if (q.cursor !== undefined && !after)
      throw new HttpError("BAD_PARAMETER", "cursor: not a cursor this API gave (use nextCursor as it came)");
    const model = ctx.readModel?.current;
    const page =
      (model && modelNodePapers(model, id, { limit: q.limit, after })) ??
      (await readNodePapers(ctx.driver, ctx.database, id, { limit: q.limit, after }));
    if (!page) throw new HttpError("NOT_FOUND", `no node with id "${id}"`);
    return { ...page, cypher: nodePapersCypher(id, q.limit, after) ?? undefined };
  });

  app.get("/api/nodes/:id/neighbors", async (req) => {
    const { id } = IdParams.parse(req.params);
    const q = NeighborsQuery.parse(req.query);
    const options = { depth: q.depth, types: q.types, limit: q.limit };
    const model = ctx.readModel?.current;
    const graph =
      (model && modelNeighbors(model, id, options)) ??
      (await readNeighbors(ctx.driver, ctx.database, id, options));
    if (!graph) throw new HttpError("NOT_FOUND", `no node with id "${id}"`);
    return { ...graph, cypher: neighborsCypher(id, q) ?? undefined };
  });
}
