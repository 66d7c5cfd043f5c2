import type { ExportGraph } from "@paperkg/core";
import { HIDDEN_PROPERTIES } from "./exportValue.ts";

const visible = (props: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(props).filter(([k]) => !HIDDEN_PROPERTIES.has(k)));

/** graphology's serialisation format (`graph.import()` reads it back). */
export function toGraphJson(graph: ExportGraph): string {
  return `${JSON.stringify(
    {
      options: { type: "directed", multi: true, allowSelfLoops: false },
      attributes: { name: "paperkg export" },
      nodes: graph.nodes.map((n) => ({
        key: n.id,
        attributes: { labels: n.labels, ...visible(n.properties) },
      })),
      edges: graph.edges.map((e, i) => ({
        key: `e${i}`,
        source: e.source,
        target: e.target,
        attributes: { type: e.type, ...visible(e.properties) },
      })),
    },
    null,
    2,
  )}\n`;
}
