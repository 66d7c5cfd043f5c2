import type { Driver } from "neo4j-driver";
import { type NodeRow, toGraphNode } from "../reads/graphNodeRow.ts";
import { readRows } from "../reads/readRows.ts";
import { buildReadModel, type ModelLinkRow, type ModelNodeRow, type ReadModel } from "./ReadModel.ts";
import { MODEL_LABELS, MODEL_LINKS, MODEL_SIGNATURE, modelNodesQuery } from "./readModelCypher.ts";

/** Loading reads the whole graph: give it time on a busy machine. */
const LOAD_TIMEOUT_MS = 300_000;

/** The graph's signature now (see `MODEL_SIGNATURE`): equal signatures, same loaded model. */
export async function readModelSignature(driver: Driver, database: string): Promise<string> {
  const [row] = await readRows(driver, database, MODEL_SIGNATURE);
  return ((row?.parts as string[] | undefined) ?? []).join("|");
}

/**
 * Read papers, entities and links from Neo4j into a `ReadModel`. The signature is read before the
 * graph, so a change made while loading shows as a new signature at the next check.
 */
export async function loadReadModel(driver: Driver, database: string): Promise<ReadModel> {
  const signature = await readModelSignature(driver, database);
  const nodes: ModelNodeRow[] = [];
  for (const label of MODEL_LABELS) {
    const rows = await readRows(driver, database, modelNodesQuery(label), {}, LOAD_TIMEOUT_MS);
    for (const r of rows) {
      nodes.push({
        id: String(r.id),
        label,
        attributes: toGraphNode(r.node as NodeRow).attributes,
        pagerank: r.pagerank === null || r.pagerank === undefined ? null : Number(r.pagerank),
      });
    }
  }
  const links = (await readRows(
    driver,
    database,
    MODEL_LINKS,
    {},
    LOAD_TIMEOUT_MS,
  )) as unknown as ModelLinkRow[];
  return buildReadModel(signature, nodes, links);
}
