import {
  type CypherResponse,
  type GraphPayload,
  isCommunityKey,
  kindOfLabel,
  type ViewCypher,
} from "@paperkg/core";

const num = (v: unknown): number | null => (typeof v === "number" && Number.isFinite(v) ? v : null);
const str = (v: unknown): string | null => (typeof v === "string" && v ? v : null);

/**
 * A Cypher result's nodes and relationships as a map payload, carrying the query that made it.
 * Nodes are keyed by their `id` property (community nodes by their `community:<n>` key, as the
 * server gives them), so they line up with the rest of the app; ones without a stored position
 * are spread on a circle.
 */
export function cypherToPayload(graph: CypherResponse["graph"], cypher?: ViewCypher): GraphPayload {
  const keyOf = new Map<string, string>();
  const nodes: GraphPayload["nodes"] = [];
  const seen = new Set<string>();
  graph.nodes.forEach((n, i) => {
    const key = str(n.properties.id) ?? (isCommunityKey(n.id) ? n.id : `neo4j:${n.id}`);
    keyOf.set(n.id, key);
    if (seen.has(key)) return;
    seen.add(key);
    const kind = n.labels.map(kindOfLabel).find((k) => k !== null) ?? "concept";
    const angle = (2 * Math.PI * i) / Math.max(1, graph.nodes.length);
    const published = n.properties.published;
    nodes.push({
      key,
      attributes: {
        label: str(n.properties.name) ?? str(n.properties.title) ?? str(n.properties.label) ?? key,
        kind,
        community: num(n.properties.community),
        x: num(n.properties.x) ?? 100 * Math.cos(angle),
        y: num(n.properties.y) ?? 100 * Math.sin(angle),
        pagerank: num(n.properties.pagerank) ?? 0,
        paperCount: num(n.properties.paperCount) ?? num(n.properties.size),
        published: typeof published === "string" ? published : null,
      },
    });
  });
  const pairs = new Set<string>();
  const edges: GraphPayload["edges"] = [];
  // Relationship ends may name a node by element id or by its `id` property.
  const resolve = (ref: string) => keyOf.get(ref) ?? (seen.has(ref) ? ref : undefined);
  for (const e of graph.edges) {
    const source = resolve(e.source);
    const target = resolve(e.target);
    if (!source || !target || source === target) continue;
    const pair = source < target ? `${source}|${target}` : `${target}|${source}`;
    if (pairs.has(pair)) continue;
    pairs.add(pair);
    edges.push({ key: `cypher:${e.id}`, source, target, attributes: { type: e.type, weight: 1 } });
  }
  return {
    options: { type: "undirected", multi: false, allowSelfLoops: false },
    attributes: { view: "bipartite", truncated: false, totalNodes: nodes.length },
    nodes,
    edges,
    ...(cypher ? { cypher } : {}),
  };
}
