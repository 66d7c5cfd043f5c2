import { BenchmarksQuery, IdParams, PathQuery, SearchQuery, SharedBenchmarksQuery } from "@paperkg/core";
import {
  benchmarkPapersCypher,
  modelSearch,
  modelSharedBenchmarks,
  pathCypher,
  readBenchmarkPapers,
  readBenchmarks,
  readCommunities,
  readPaths,
  readSharedBenchmarks,
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
    return (model && modelSearch(model, q.q, q.limit)) ?? searchNodes(ctx.driver, ctx.database, q.q, q.limit);
  });

  app.get("/api/communities", async () =>
    memoized(ctx, "communities", () => readCommunities(ctx.driver, ctx.database)),
  );

  app.get("/api/benchmarks", async (req) => {
    const { limit, q } = BenchmarksQuery.parse(req.query);
    // The unfiltered list is read once per model; a typed filter is read each time (not kept).
    if (q) return readBenchmarks(ctx.driver, ctx.database, { limit, q });
    return memoized(ctx, `benchmarks ${limit}`, () =>
      readBenchmarks(ctx.driver, ctx.database, { limit, q: null }),
    );
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
