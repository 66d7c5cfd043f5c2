import type { ExportGraph } from "@paperkg/core";
import { cellText, propertyKeys } from "./exportValue.ts";

const quote = (s: string) =>
  /[",\n\r]/.test(s) || /^[=+\-@\t\r]/.test(s) ? `"${guard(s).replace(/"/g, '""')}"` : s;
/** Cells a spreadsheet would run as a formula get a leading apostrophe (CSV injection). */
const guard = (s: string) => (/^[=+\-@\t\r]/.test(s) && !/^-?\d/.test(s) ? `'${s}` : s);

/**
 * One CSV table holding nodes and edges: a `record` column says which (`node` or `edge`); node
 * rows fill `id`, `labels` and node properties, edge rows `source`, `target`, `relationship` and edge
 * properties. Lists are joined with `|`.
 */
export function toCsv(graph: ExportGraph): string {
  const nodeKeys = propertyKeys(graph.nodes).filter((k) => k !== "id");
  const edgeKeys = propertyKeys(graph.edges).filter((k) => !nodeKeys.includes(k));
  const header = ["record", "id", "labels", ...nodeKeys, "source", "target", "relationship", ...edgeKeys];
  const rows = [header.join(",")];
  for (const n of graph.nodes) {
    const cells = [
      "node",
      n.id,
      n.labels.join("|"),
      ...nodeKeys.map((k) => cellText(n.properties[k])),
      "",
      "",
      "",
    ];
    rows.push([...cells, ...edgeKeys.map(() => "")].map(quote).join(","));
  }
  for (const e of graph.edges) {
    const shared = nodeKeys.map((k) => cellText(e.properties[k]));
    const cells = [
      "edge",
      "",
      "",
      ...shared,
      e.source,
      e.target,
      e.type,
      ...edgeKeys.map((k) => cellText(e.properties[k])),
    ];
    rows.push(cells.map(quote).join(","));
  }
  return `${rows.join("\n")}\n`;
}
