import { ApiLink } from "@paperkg/core";
import type { Driver } from "neo4j-driver";
import { type NodeRow, toGraphNode } from "../reads/graphNodeRow.ts";
import { parseRecord } from "../reads/parseRecord.ts";
import { readRows } from "../reads/readRows.ts";
import { ModelTextBuilder } from "./ModelText.ts";
import { buildReadModel, type ModelLinkRow, type ModelNodeRow, type ReadModel } from "./ReadModel.ts";
import { MODEL_LINKS, MODEL_NODES, MODEL_SIGNATURE } from "./readModelCypher.ts";
import { streamRows } from "./streamRows.ts";

/** Loading reads the whole graph: give it time on a busy machine. */
const LOAD_TIMEOUT_MS = 300_000;

/** The graph's signature now (see `MODEL_SIGNATURE`): equal signatures, same loaded model. */
export async function readModelSignature(driver: Driver, database: string): Promise<string> {
  const [row] = await readRows(driver, database, MODEL_SIGNATURE);
  return ((row?.parts as string[] | undefined) ?? []).join("|");
}

/**
 * Read papers, entities and links, with their properties, abstracts and evidence, from Neo4j into
 * a `ReadModel`, streaming (the text is packed as it arrives). The signature is read before the
 * graph, so a change made while loading shows as a new signature at the next check.
 */
export async function loadReadModel(driver: Driver, database: string): Promise<ReadModel> {
  const signature = await readModelSignature(driver, database);
  const { nodes, text } = await streamRows(driver, database, MODEL_NODES, LOAD_TIMEOUT_MS, async (rows) => {
    const nodes: ModelNodeRow[] = [];
    const text = new ModelTextBuilder();
    for await (const r of rows) {
      nodes.push({
        id: String(r.id),
        label: String(r.label),
        attributes: toGraphNode(r.node as NodeRow).attributes,
        pagerank: r.pagerank === null || r.pagerank === undefined ? null : Number(r.pagerank),
      });
      text.addNode(r.properties as Record<string, unknown>);
    }
    return { nodes, text };
  });
  const index = new Map(nodes.map((n, i) => [n.id, i]));
  const links = await streamRows(driver, database, MODEL_LINKS, LOAD_TIMEOUT_MS, async (rows) => {
    text.restartLinks();
    const links: ModelLinkRow[] = [];
    for await (const r of rows) {
      const paper = String(r.paper);
      const p = index.get(paper);
      const row: ModelLinkRow = { paper, links: [] };
      for (const [type, entity, link] of r.links as [string, string, unknown][]) {
        const parsed = parseRecord(ApiLink, link, `link ${type} of "${paper}" to "${entity}"`);
        row.links.push([type, entity, p === undefined ? -1 : text.addLink(p, parsed)]);
      }
      links.push(row);
    }
    return links;
  });
  return buildReadModel(signature, nodes, links, text.done());
}
