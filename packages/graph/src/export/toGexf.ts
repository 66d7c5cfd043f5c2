import { communityColor, type ExportGraph } from "@paperkg/core";
import { attrType, cellText, propertyKeys, xmlEscape } from "./exportValue.ts";

const hex = (c: string, i: number) => Number.parseInt(c.slice(1 + i * 2, 3 + i * 2), 16);

/**
 * GEXF 1.2 (the version Gephi and networkx both read) with positions (`viz:position` from the stored layout), community colours
 * (`viz:color`), labels and every property as an attribute — opens in Gephi as laid out here.
 * Reference: https://gexf.net/1.2draft/gexf-12draft-primer.pdf
 */
export function toGexf(graph: ExportGraph): string {
  const nodeKeys = propertyKeys(graph.nodes);
  const edgeKeys = propertyKeys(graph.edges);
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:viz="http://www.gexf.net/1.2draft/viz" version="1.2">',
    "  <meta><creator>paperkg</creator><description>paperkg subgraph export</description></meta>",
    '  <graph defaultedgetype="directed" mode="static">',
    '    <attributes class="node">',
    '      <attribute id="labels" title="labels" type="string"/>',
    ...nodeKeys.map(
      (k) =>
        `      <attribute id="n_${xmlEscape(k)}" title="${xmlEscape(k)}" type="${attrType(graph.nodes, k)}"/>`,
    ),
    "    </attributes>",
    '    <attributes class="edge">',
    ...edgeKeys.map(
      (k) =>
        `      <attribute id="e_${xmlEscape(k)}" title="${xmlEscape(k)}" type="${attrType(graph.edges, k)}"/>`,
    ),
    "    </attributes>",
    "    <nodes>",
  ];
  for (const n of graph.nodes) {
    const label = cellText(n.properties.name ?? n.properties.title ?? n.id);
    const color = communityColor(typeof n.properties.community === "number" ? n.properties.community : null);
    const values = nodeKeys
      .filter((k) => n.properties[k] !== null && n.properties[k] !== undefined)
      .map(
        (k) =>
          `          <attvalue for="n_${xmlEscape(k)}" value="${xmlEscape(cellText(n.properties[k]))}"/>`,
      );
    out.push(
      `      <node id="${xmlEscape(n.id)}" label="${xmlEscape(label)}">`,
      "        <attvalues>",
      `          <attvalue for="labels" value="${xmlEscape(n.labels.join("|"))}"/>`,
      ...values,
      "        </attvalues>",
      `        <viz:color r="${hex(color, 0)}" g="${hex(color, 1)}" b="${hex(color, 2)}"/>`,
      `        <viz:position x="${Number(n.properties.x) || 0}" y="${Number(n.properties.y) || 0}" z="0"/>`,
      `        <viz:size value="${1 + Math.sqrt(Number(n.properties.paperCount) || 1)}"/>`,
      "      </node>",
    );
  }
  out.push("    </nodes>", "    <edges>");
  graph.edges.forEach((e, i) => {
    const values = edgeKeys
      .filter((k) => e.properties[k] !== null && e.properties[k] !== undefined)
      .map(
        (k) =>
          `          <attvalue for="e_${xmlEscape(k)}" value="${xmlEscape(cellText(e.properties[k]))}"/>`,
      );
    out.push(
      `      <edge id="e${i}" source="${xmlEscape(e.source)}" target="${xmlEscape(e.target)}" label="${xmlEscape(e.type)}">`,
      "        <attvalues>",
      ...values,
      "        </attvalues>",
      "      </edge>",
    );
  });
  out.push("    </edges>", "  </graph>", "</gexf>", "");
  return out.join("\n");
}
