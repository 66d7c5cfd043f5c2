import { labelOfId, PAPER_LINKS, PathResult } from "@paperkg/core";
import type { Driver } from "neo4j-driver";
import { kindOfRow } from "./kindOfRow.ts";
import { parseRecord } from "./parseRecord.ts";
import { readRows } from "./readRows.ts";

/** `max` is a validated integer 1–10: path bounds cannot be Cypher parameters. */
const shortestPaths = (fromLabel: string, toLabel: string, max: number) => `
MATCH (a:${fromLabel} {id: $from}), (b:${toLabel} {id: $to})
MATCH p = allShortestPaths((a)-[:${PAPER_LINKS}*..${max}]-(b))
WITH p LIMIT toInteger($limit)
RETURN [n IN nodes(p) | {id: n.id, kind: labels(n)[0], label: coalesce(n.name, n.title)}] AS nodes,
       [r IN relationships(p) | {from: startNode(r).id, to: endNode(r).id, type: type(r), evidence: coalesce(r.evidence, [])}] AS hops`;

/** Shortest paths between two nodes over paper–entity links, each hop with the sentences that prove it. */
export async function readPaths(
  driver: Driver,
  database: string,
  from: string,
  to: string,
  options: { max: number; limit: number },
): Promise<PathResult> {
  const max = Math.max(1, Math.min(10, Math.trunc(options.max)));
  if (from === to) return { paths: [] };
  const rows = await readRows(driver, database, shortestPaths(labelOfId(from), labelOfId(to), max), {
    from,
    to,
    limit: options.limit,
  });
  const paths = rows.map((r) => ({
    nodes: (r.nodes as { kind: unknown }[]).map((n) => ({ ...n, kind: kindOfRow(n.kind) })),
    hops: r.hops,
  }));
  return parseRecord(PathResult, { paths }, `paths from "${from}" to "${to}"`);
}
