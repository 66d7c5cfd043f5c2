import { dateRangeEnd, dateRangeStart, FinderQuery, IdParams, RelatedQuery } from "@paperkg/core";
import {
  finderCypher,
  findPapers,
  type PaperFilter,
  readRelatedPapers,
  relatedPapersCypher,
} from "@paperkg/store";
import type { FastifyInstance } from "fastify";
import type { ApiContext } from "../apiContext.ts";
import { HttpError } from "../HttpError.ts";

/** The paper finder (facets, dates and full text combined with AND, sorted and paged) and related papers. */
export function registerPaperRoutes(app: FastifyInstance, ctx: ApiContext): void {
  app.get("/api/papers", async (req) => {
    const q = FinderQuery.parse(req.query);
    const filter: PaperFilter = {
      entities: {
        benchmark: q.benchmark,
        method: q.method,
        model: q.model,
        task: q.task,
        concept: q.concept,
      },
      communities: q.community,
      from: q.from ? dateRangeStart(q.from) : null,
      to: q.to ? dateRangeEnd(q.to) : null,
      q: q.q || null,
      sort: q.sort,
      limit: q.limit,
      offset: q.offset,
    };
    const found = await findPapers(ctx.driver, ctx.database, filter);
    if (found.type === "unknown") {
      const [facet, ids] = Object.entries(found.unknown)[0] ?? ["request", []];
      const list = ids.map((id) => `"${id}"`).join(", ");
      throw new HttpError("BAD_PARAMETER", `parameter "${facet}": no ${facet} with id ${list}`);
    }
    return { ...found.result, cypher: finderCypher(filter) };
  });

  app.get("/api/papers/:id/related", async (req) => {
    const { id } = IdParams.parse(req.params);
    const { limit } = RelatedQuery.parse(req.query);
    const related = await readRelatedPapers(ctx.driver, ctx.database, id, limit);
    if (!related) throw new HttpError("NOT_FOUND", `no paper with id "${id}"`);
    return { ...related, cypher: relatedPapersCypher(id, limit) };
  });
}
