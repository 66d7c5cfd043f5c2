import type { ExportGraph } from "@paperkg/core";
import { HIDDEN_PROPERTIES } from "./exportValue.ts";

/** A Cypher literal for a property value: strings quoted and escaped, lists of literals, numbers as is. */
export function cypherLiteral(value: unknown): string {
  if (value === null || value === undefined) return "null";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "null";
  if (typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return `[${value.map(cypherLiteral).join(", ")}]`;
  const text = typeof value === "string" ? value : JSON.stringify(value);
  return `'${text.replace(/\\/g, "\\\\").replace(/'/g, "\\'").replace(/\n/g, "\\n").replace(/\r/g, "\\r").replace(/\t/g, "\\t")}'`;
}

/** A backtick-quoted label, type or key. */
export const cypherName = (name: string) => `\`${name.replace(/`/g, "``")}\``;

const props = (p: Record<string, unknown>) =>
  `{${Object.entries(p)
    .filter(([k, v]) => !HIDDEN_PROPERTIES.has(k) && v !== null && v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([k, v]) => `${cypherName(k)}: ${cypherLiteral(v)}`)
    .join(", ")}}`;

/**
 * A script of `CREATE` statements (one per line, each ending in `;`) that recreates the subgraph in
 * an empty database: nodes first, then each relationship between nodes matched by label and id.
 */
export function toCypherScript(graph: ExportGraph): string {
  const labelOf = new Map(graph.nodes.map((n) => [n.id, n.labels[0] ?? "Node"]));
  const lines = ["// paperkg subgraph export: run in an empty database, one statement per line"];
  for (const n of graph.nodes) {
    lines.push(`CREATE (:${n.labels.map(cypherName).join(":")} ${props({ ...n.properties, id: n.id })});`);
  }
  for (const e of graph.edges) {
    const a = labelOf.get(e.source);
    const b = labelOf.get(e.target);
    if (!a || !b) continue;
    lines.push(
      `MATCH (a:${cypherName(a)} {id: ${cypherLiteral(e.source)}}), (b:${cypherName(b)} {id: ${cypherLiteral(e.target)}}) CREATE (a)-[:${cypherName(e.type)} ${props(e.properties)}]->(b);`,
    );
  }
  return `${lines.join("\n")}\n`;
}
