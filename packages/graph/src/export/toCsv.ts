import type { ExportGraph } from "@paperkg/core";
import { csvCell } from "./csvCell.ts";
import { cellText, propertyKeys } from "./exportValue.ts";

/**
 * One CSV table holding nodes and edges: a `record` column says which (`node` or `edge`); node
 * rows fill `id`, `labels` and node properties, edge rows `source`, `target`, `relationship` and edge
 * properties. Lists are joined with `|`. Cells a spreadsheet would run as formulas open as text (`csvCell`).
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
    rows.push([...cells, ...edgeKeys.map(() => "")].map(csvCell).join(","));
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
    rows.push(cells.map(csvCell).join(","));
  }
  return `${rows.join("\n")}\n`;
}
