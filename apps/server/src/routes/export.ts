import { ExportQuery } from "@paperkg/core";
import { EXPORT_MEDIA, exportGraph } from "@paperkg/graph";
import { readSubgraph, runCypher } from "@paperkg/store";
import type { FastifyInstance } from "fastify";
import type { ApiContext } from "../apiContext.ts";
import { HttpError } from "../HttpError.ts";

/** `GET /api/export`: a subgraph chosen by one selector, as GEXF, GraphML, JSON, CSV or a Cypher script. */
export function registerExportRoute(app: FastifyInstance, ctx: ApiContext): void {
  app.get("/api/export", async (req, reply) => {
    const { format, selector } = ExportQuery.parse(req.query);
    let graph: Awaited<ReturnType<typeof readSubgraph>>;
    if (selector.type === "cypher") {
      const result = await runCypher(
        ctx.driver,
        selector.query,
        {},
        {
          database: ctx.database,
          readOnly: true,
          timeoutMs: ctx.cypherTimeoutMs,
          maxRows: ctx.cypherMaxRows,
        },
      );
      const ids = new Set(result.graph.nodes.map((n) => n.id));
      graph = {
        nodes: result.graph.nodes,
        edges: result.graph.edges.filter((e) => ids.has(e.source) && ids.has(e.target)),
      };
    } else {
      graph = await readSubgraph(ctx.driver, ctx.database, selector);
      if (graph.nodes.length === 0 && selector.type !== "ids" && selector.type !== "community") {
        throw new HttpError("NOT_FOUND", "the selector matched no node");
      }
    }
    const media = EXPORT_MEDIA[format];
    return reply
      .header("content-type", media.contentType)
      .header("content-disposition", `attachment; filename="paperkg-export.${media.extension}"`)
      .header("x-paperkg-nodes", String(graph.nodes.length))
      .header("x-paperkg-edges", String(graph.edges.length))
      .send(exportGraph(graph, format));
  });
}
