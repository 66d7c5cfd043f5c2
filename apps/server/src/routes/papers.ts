import { dateRangeEnd, dateRangeStart, FinderQuery } from "@paperkg/core";
import { findPapers } from "@paperkg/store";
import type { FastifyInstance } from "fastify";
import type { ApiContext } from "../apiContext.ts";
import { HttpError } from "../HttpError.ts";

/** The paper finder: facets, dates and full text combined with AND, sorted and paged. */
export function registerPaperRoutes(app: FastifyInstance, ctx: ApiContext): void {
  app.get("/api/papers", async (req) => {
    const q = FinderQuery.parse(req.query);
    const found = await findPapers(ctx.driver, ctx.database, {
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
    });
    if (found.type === "unknown") {
      const [facet, ids] = Object.entries(found.unknown)[0] ?? ["request", []];
      const list = ids.map((id) => `"${id}"`).join(", ");
      throw new HttpError("BAD_PARAMETER", `parameter "${facet}": no ${facet} with id ${list}`);
    }
    return found.result;
  });
}
