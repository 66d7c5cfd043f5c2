import { type ExportFormat, ExportQuery, ExportRequest, type ExportSelector } from "@paperkg/core";
import { EXPORT_MEDIA, exportGraph } from "@paperkg/graph";
import { readSubgraph, runCypher } from "@paperkg/store";
import type { FastifyInstance, FastifyReply } from "fastify";
import type { ApiContext } from "../apiContext.ts";
import { HttpError } from "../HttpError.ts";
import { checkResultSize } from "../plugins/sendCapped.ts";

/**
 * `GET /api/export?format&<selector>` and `POST /api/export {format, selector}`: a subgraph chosen
 * by one selector, as GEXF, GraphML, JSON, CSV or a Cypher script. A Cypher selector runs only by
 * POST, and a view's ids belong there too (a GET URL stops at 16 kB) (a GET can come from any page's `<img>`); both are rate limited like `/api/cypher`.
 */
/** Largest `POST /api/export` body: room for `MAX_EXPORT_IDS` ids of typical length. */
const EXPORT_BODY_LIMIT = 4 * 1024 * 1024;

export function registerExportRoute(app: FastifyInstance, ctx: ApiContext): void {
  app.get("/api/export", { config: { rateLimit: {} } }, async (req, reply) => {
    const { format, selector } = ExportQuery.parse(req.query);
    if (selector.type === "cypher") {
      throw new HttpError(
        "METHOD_NOT_ALLOWED",
        'a Cypher export runs only as POST /api/export {"format", "selector": {"type": "cypher", "query"}}',
      );
    }
    return sendExport(reply, ctx, format, selector);
  });
  // A view's ids go in the body (up to `MAX_EXPORT_IDS` of them), so this body may be larger than others.
  app.post("/api/export", { bodyLimit: EXPORT_BODY_LIMIT, config: { rateLimit: {} } }, async (req, reply) => {
    if (!req.body || typeof req.body !== "object") {
      throw new HttpError(
        "BAD_PARAMETER",
        'parameter "body": expected JSON {"format": "...", "selector": {"type": ...}}',
      );
    }
    const { format, selector } = ExportRequest.parse(req.body);
    return sendExport(reply, ctx, format, selector);
  });
}

async function sendExport(
  reply: FastifyReply,
  ctx: ApiContext,
  format: ExportFormat,
  selector: ExportSelector,
): Promise<FastifyReply> {
  const graph = await ctx.gate.run(() => readExportGraph(ctx, selector));
  const body = exportGraph(graph, format);
  if (selector.type === "cypher") checkResultSize(body, ctx.cypherMaxBytes);
  const media = EXPORT_MEDIA[format];
  return reply
    .header("content-type", media.contentType)
    .header("content-disposition", `attachment; filename="paperkg-export.${media.extension}"`)
    .header("x-paperkg-nodes", String(graph.nodes.length))
    .header("x-paperkg-edges", String(graph.edges.length))
    .send(body);
}

async function readExportGraph(ctx: ApiContext, selector: ExportSelector) {
  if (selector.type === "cypher") {
    const result = await runCypher(ctx.driver, selector.query, selector.params ?? {}, {
      database: ctx.database,
      readOnly: true,
      timeoutMs: ctx.cypherTimeoutMs,
      maxRows: ctx.cypherMaxRows,
    });
    const ids = new Set(result.graph.nodes.map((n) => n.id));
    return {
      nodes: result.graph.nodes,
      edges: result.graph.edges.filter((e) => ids.has(e.source) && ids.has(e.target)),
    };
  }
  const graph = await readSubgraph(ctx.driver, ctx.database, selector);
  if (graph.nodes.length === 0 && selector.type !== "ids" && selector.type !== "community") {
    throw new HttpError("NOT_FOUND", "the selector matched no node");
  }
  return graph;
}
