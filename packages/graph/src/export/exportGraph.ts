import type { ExportFormat, ExportGraph } from "@paperkg/core";
import { toCsv } from "./toCsv.ts";
import { toCypherScript } from "./toCypherScript.ts";
import { toGexf } from "./toGexf.ts";
import { toGraphJson } from "./toGraphJson.ts";
import { toGraphml } from "./toGraphml.ts";

export const EXPORT_MEDIA: Record<ExportFormat, { contentType: string; extension: string }> = {
  gexf: { contentType: "application/gexf+xml; charset=utf-8", extension: "gexf" },
  graphml: { contentType: "application/graphml+xml; charset=utf-8", extension: "graphml" },
  json: { contentType: "application/json; charset=utf-8", extension: "json" },
  csv: { contentType: "text/csv; charset=utf-8", extension: "csv" },
  cypher: { contentType: "text/plain; charset=utf-8", extension: "cypher" },
};

/** Serialise a subgraph in one of the export formats. */
export function exportGraph(graph: ExportGraph, format: ExportFormat): string {
  switch (format) {
    case "gexf":
      return toGexf(graph);
    case "graphml":
      return toGraphml(graph);
    case "json":
      return toGraphJson(graph);
    case "csv":
      return toCsv(graph);
    case "cypher":
      return toCypherScript(graph);
  }
}
