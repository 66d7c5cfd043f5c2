import {
  COMMUNITY_KEY_PREFIX,
  type ExportSelector,
  labelOfId,
  PAPER_LINKS,
  parseCommunityKey,
} from "@paperkg/core";
import type { Driver } from "neo4j-driver";
import type { PlainEdge, PlainNode } from "../toPlain.ts";
import { BENCHMARK_LINKS } from "./readCatalog.ts";
import { readRows } from "./readRows.ts";

/** The export selectors the store answers itself (a `cypher` selector runs through `runCypher`). */
export type SubgraphSelector = Exclude<ExportSelector, { type: "cypher" }>;

/** Selector queries; `label` comes from `labelOfId` and `depth` is a clamped integer, never raw input. */
const SELECT: Record<SubgraphSelector["type"], (depth: number, label: string) => string> = {
  node: (depth, label) => `
MATCH (c:${label} {id: $id}) WHERE NOT c:Community
OPTIONAL MATCH (c)-[:${PAPER_LINKS}*1..${depth}]-(n)
WITH c, collect(DISTINCT n.id) AS ids
RETURN [c.id] + ids AS ids`,
  community: () => `MATCH (n) WHERE n.community = $community AND NOT n:Community RETURN collect(n.id) AS ids`,
  benchmark: () => `
MATCH (b:Benchmark {id: $id})
OPTIONAL MATCH (b)<-[:${BENCHMARK_LINKS}]-(p:Paper)
WITH b, collect(p.id) AS papers
RETURN [b.id] + papers AS ids`,
  ids: () => `RETURN $ids AS ids`,
};

const nodesOf = (label: string) => `
UNWIND $ids AS id
MATCH (n:${label} {id: id})
RETURN DISTINCT n.id AS id, labels(n) AS labels, n {.*} AS properties`;

const EDGES = `
MATCH (p:Paper)-[r:${PAPER_LINKS}]->(e)
WHERE p.id IN $ids AND e.id IN $ids
RETURN elementId(r) AS id, type(r) AS type, p.id AS source, e.id AS target, r {.*} AS properties
ORDER BY source, target, type`;

/** Listed communities (integer ids in Neo4j) under their API keys, for the communities view. */
const COMMUNITY_NODES = `
UNWIND $ids AS id
MATCH (n:Community {id: toInteger(id)})
RETURN DISTINCT '${COMMUNITY_KEY_PREFIX}' + toString(n.id) AS id, labels(n) AS labels, n {.*} AS properties`;

/** The weighted links among listed communities, under their API keys. */
const COMMUNITY_EDGES = `
WITH [x IN $ids | toInteger(x)] AS ids
MATCH (a:Community)-[r:LINKS]->(b:Community)
WHERE a.id IN ids AND b.id IN ids
RETURN elementId(r) AS id, type(r) AS type, '${COMMUNITY_KEY_PREFIX}' + toString(a.id) AS source,
  '${COMMUNITY_KEY_PREFIX}' + toString(b.id) AS target, r {.*} AS properties
ORDER BY source, target`;

/** The nodes a selector picks (with every property) and the paper–entity links among them, for exports. */
export async function readSubgraph(
  driver: Driver,
  database: string,
  selector: SubgraphSelector,
): Promise<{ nodes: PlainNode[]; edges: PlainEdge[] }> {
  const depth = selector.type === "node" ? Math.max(1, Math.min(3, Math.trunc(selector.depth))) : 1;
  const label = selector.type === "node" ? labelOfId(selector.id) : "Paper";
  if (label === "Community") return { nodes: [], edges: [] };
  const query = SELECT[selector.type](depth, label);
  const [row] = await readRows(driver, database, query, selector as unknown as Record<string, unknown>);
  const ids = [
    ...new Set(
      ((row?.ids as (string | null)[] | undefined) ?? []).filter((x): x is string => typeof x === "string"),
    ),
  ];
  if (ids.length === 0) return { nodes: [], edges: [] };
  return exportNodesAndEdges(driver, database, ids);
}

/** Full nodes and the links among `ids`: paper–entity links, and the links among listed communities. */
export async function exportNodesAndEdges(
  driver: Driver,
  database: string,
  ids: string[],
): Promise<{ nodes: PlainNode[]; edges: PlainEdge[] }> {
  const byLabel = new Map<string, string[]>();
  for (const id of ids) {
    const label = labelOfId(id);
    byLabel.set(label, [...(byLabel.get(label) ?? []), id]);
  }
  const communities = (byLabel.get("Community") ?? [])
    .map(parseCommunityKey)
    .filter((n): n is number => n !== null);
  byLabel.delete("Community");
  const rows: Record<string, unknown>[] = [];
  for (const [label, group] of [...byLabel.entries()].sort()) {
    rows.push(...(await readRows(driver, database, nodesOf(label), { ids: group }, 60_000)));
  }
  if (communities.length) {
    rows.push(...(await readRows(driver, database, COMMUNITY_NODES, { ids: communities }, 60_000)));
  }
  const nodes = rows.map((r) => {
    const properties = { ...(r.properties as Record<string, unknown>) };
    delete properties.aliasesText;
    return { id: String(r.id), labels: r.labels as string[], properties };
  });
  const kept = nodes.map((n) => n.id);
  const edges = (await readRows(driver, database, EDGES, { ids: kept }, 60_000)) as unknown as PlainEdge[];
  if (communities.length) {
    const links = await readRows(driver, database, COMMUNITY_EDGES, { ids: communities }, 60_000);
    edges.push(...(links as unknown as PlainEdge[]));
  }
  return { nodes, edges };
}
