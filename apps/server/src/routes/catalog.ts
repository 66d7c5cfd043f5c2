import { BenchmarksQuery, IdParams, PathQuery, SearchQuery, SharedBenchmarksQuery } from "@paperkg/core";
import {
  benchmarkListCypher,
  benchmarkPapersCypher,
  communityListCypher,
  modelSearch,
  modelSharedBenchmarks,
  pathCypher,
  readBenchmarkPapers,
  readBenchmarks,
  readCommunities,
  readPaths,
  readSharedBenchmarks,
  searchCypher,
  searchNodes,
  sharedBenchmarksCypher,
} from "@paperkg/store";
import type { FastifyInstance } from "fastify";
import type { ApiContext } from "../apiContext.ts";
import { HttpError } from "../HttpError.ts";
import { memoized } from "../memoized.ts";

/** Search, communities, benchmarks and the papers that share them, and shortest paths. */
export function registerCatalogRoutes(app: FastifyInstance, ctx: ApiContext): void {
  app.get("/api/search", async (req) => {
    const q = SearchQuery.parse(req.query);
    const model = ctx.readModel?.current;
    const result =
      (model && modelSearch(model, q.q, q.limit)) ??
      (await searchNodes(ctx.driver, ctx.database, q.q, q.limit));
    const cypher = searchCypher(q.q, q.limit);
    return cypher ? { ...result, cypher } : result;
  });

  app.get("/api/communities", async () => ({
    ...(await memoized(ctx, "communities", () => readCommunities(ctx.driver, ctx.database))),
    cypher: communityListCypher(),
  }));

  app.get("/api/benchmarks", async (req) => {
    const { limit, q } = BenchmarksQuery.parse(req.query);
    const cypher = benchmarkListCypher({ limit, q: q || null });
    // The unfiltered list is read once per model; a typed filter is read each time (not kept).
    if (q) return { ...(await readBenchmarks(ctx.driver, ctx.database, { limit, q })), cypher };
    const list = await memoized(ctx, `benchmarks ${limit}`, () =>
      readBenchmarks(ctx.driver, ctx.database, { limit, q: null }),
    );
    return { ...list, cypher };
  });

  app.get("/api/benchmarks/:id/papers", async (req) => {
    const { id } = IdParams.parse(req.params);
    const result = await readBenchmarkPapers(ctx.driver, ctx.database, id);
    if (!result) throw new HttpError("NOT_FOUND", `no benchmark with id "${id}"`);
    return { ...result, cypher: benchmarkPapersCypher(id) };
  });

  app.get("/api/papers/:id/shared-benchmarks", async (req) => {
    const { id } = IdParams.parse(req.params);
    const { limit } = SharedBenchmarksQuery.parse(req.query);
    const model = ctx.readModel?.current;
    const result =
      (model && modelSharedBenchmarks(model, id, limit)) ??
      (await readSharedBenchmarks(ctx.driver, ctx.database, id, limit));
    if (!result) throw new HttpError("NOT_FOUND", `no paper with id "${id}"`);
    return { ...result, cypher: sharedBenchmarksCypher(id, limit) };
  });

  app.get("/api/path", async (req) => {
    const q = PathQuery.parse(req.query);
    const paths = await readPaths(ctx.driver, ctx.database, q.from, q.to, { max: q.max, limit: q.limit });
    return { ...paths, cypher: pathCypher(q.from, q.to, { max: q.max, limit: q.limit }) };
  });
}
