import { ExportFormat } from "@paperkg/core";
import { EXPORT_MEDIA, exportGraph } from "@paperkg/graph";
import { readSubgraph, runCypher, type SubgraphSelector } from "@paperkg/store";
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import type { ApiContext } from "../apiContext.ts";
import { HttpError } from "../HttpError.ts";
import { intParam, NodeId } from "./params.ts";

const ExportQuery = z.object({
  format: ExportFormat,
  node: NodeId.optional(),
  depth: intParam(1, 3, 1),
  community: z.coerce.number().int().min(0).max(1_000_000).optional(),
  benchmark: NodeId.optional(),
  ids: z.string().max(200_000).optional(),
  cypher: z.string().max(20_000).optional(),
});

/** `GET /api/export`: a subgraph chosen by one selector, as GEXF, GraphML, JSON, CSV or a Cypher script. */
export function registerExportRoute(app: FastifyInstance, ctx: ApiContext): void {
  app.get("/api/export", async (req, reply) => {
    const q = ExportQuery.parse(req.query);
    const chosen = [q.node, q.community, q.benchmark, q.ids, q.cypher].filter((v) => v !== undefined);
    if (chosen.length !== 1) {
      throw new HttpError(
        400,
        "BAD_PARAMETER",
        'parameter "selector": give exactly one of node, community, benchmark, ids, cypher',
      );
    }
    let graph: Awaited<ReturnType<typeof readSubgraph>>;
    if (q.cypher !== undefined) {
      const result = await runCypher(
        ctx.driver,
        q.cypher,
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
      const selector: SubgraphSelector =
        q.node !== undefined
          ? { type: "node", id: q.node, depth: q.depth }
          : q.community !== undefined
            ? { type: "community", community: q.community }
            : q.benchmark !== undefined
              ? { type: "benchmark", id: q.benchmark }
              : {
                  type: "ids",
                  ids: (q.ids ?? "")
                    .split(",")
                    .map((s) => s.trim())
                    .filter(Boolean)
                    .slice(0, 20_000),
                };
      graph = await readSubgraph(ctx.driver, ctx.database, selector);
      if (graph.nodes.length === 0 && selector.type !== "ids" && selector.type !== "community") {
        throw new HttpError(404, "NOT_FOUND", "the selector matched no node");
      }
    }
    const media = EXPORT_MEDIA[q.format];
    return reply
      .header("content-type", media.contentType)
      .header("content-disposition", `attachment; filename="paperkg-export.${media.extension}"`)
      .header("x-paperkg-nodes", String(graph.nodes.length))
      .header("x-paperkg-edges", String(graph.edges.length))
      .send(exportGraph(graph, q.format));
  });
}
