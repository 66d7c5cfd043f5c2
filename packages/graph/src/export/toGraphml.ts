import type { ExportGraph } from "@paperkg/core";
import { attrType, cellText, propertyKeys, xmlEscape } from "./exportValue.ts";

/**
 * GraphML with a declared key per property; lists are joined with `|`.
 * Reference: http://graphml.graphdrawing.org/specification.html
 */
export function toGraphml(graph: ExportGraph): string {
  const nodeKeys = propertyKeys(graph.nodes);
  const edgeKeys = propertyKeys(graph.edges);
  const graphmlType = (t: string) => (t === "double" ? "double" : t === "boolean" ? "boolean" : "string");
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    '  <key id="labels" for="node" attr.name="labels" attr.type="string"/>',
    '  <key id="type" for="edge" attr.name="type" attr.type="string"/>',
    ...nodeKeys.map(
      (k) =>
        `  <key id="n_${xmlEscape(k)}" for="node" attr.name="${xmlEscape(k)}" attr.type="${graphmlType(attrType(graph.nodes, k))}"/>`,
    ),
    ...edgeKeys.map(
      (k) =>
        `  <key id="e_${xmlEscape(k)}" for="edge" attr.name="${xmlEscape(k)}" attr.type="${graphmlType(attrType(graph.edges, k))}"/>`,
    ),
    '  <graph id="paperkg" edgedefault="directed">',
  ];
  for (const n of graph.nodes) {
    out.push(
      `    <node id="${xmlEscape(n.id)}">`,
      `      <data key="labels">${xmlEscape(n.labels.join("|"))}</data>`,
    );
    for (const k of nodeKeys) {
      const v = n.properties[k];
      if (v !== null && v !== undefined)
        out.push(`      <data key="n_${xmlEscape(k)}">${xmlEscape(cellText(v))}</data>`);
    }
    out.push("    </node>");
  }
  graph.edges.forEach((e, i) => {
    out.push(
      `    <edge id="e${i}" source="${xmlEscape(e.source)}" target="${xmlEscape(e.target)}">`,
      `      <data key="type">${xmlEscape(e.type)}</data>`,
    );
    for (const k of edgeKeys) {
      const v = e.properties[k];
      if (v !== null && v !== undefined)
        out.push(`      <data key="e_${xmlEscape(k)}">${xmlEscape(cellText(v))}</data>`);
    }
    out.push("    </edge>");
  });
  out.push("  </graph>", "</graphml>", "");
  return out.join("\n");
}
