import { ApiLink } from "@paperkg/core";
import type { Driver } from "neo4j-driver";
import { nodeRowOf, toGraphNode } from "../reads/graphNodeRow.ts";
import { parseRecord } from "../reads/parseRecord.ts";
import { readRows } from "../reads/readRows.ts";
import { ModelLinksBuilder, ModelPropsBuilder } from "./ModelText.ts";
import { buildReadModelYielding, type ModelLinkRow, type ModelNodeRow, type ReadModel } from "./ReadModel.ts";
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
 * a `ReadModel`: the nodes and the links in two reads at once, each streamed and packed as it
 * arrives. The signature is read before the graph, so a change made while loading shows as a new
 * signature at the next check.
 */
export async function loadReadModel(driver: Driver, database: string): Promise<ReadModel> {
  const signature = await readModelSignature(driver, database);
  const [nodes, links] = await Promise.all([
    streamRows(driver, database, MODEL_NODES, LOAD_TIMEOUT_MS, async (rows) => {
      const nodes: ModelNodeRow[] = [];
      const props = new ModelPropsBuilder();
      for await (const r of rows) {
        const properties = r.properties as Record<string, unknown>;
        const label = String(r.label);
        nodes.push({
          id: String(properties.id),
          label,
          attributes: toGraphNode(nodeRowOf(label, properties)).attributes,
          pagerank: r.pagerank === null || r.pagerank === undefined ? null : Number(r.pagerank),
        });
        props.addNode(properties);
      }
      return { rows: nodes, props: props.done() };
    }),
    streamRows(driver, database, MODEL_LINKS, LOAD_TIMEOUT_MS, async (rows) => {
      const links: ModelLinkRow[] = [];
      const slots = new Map<string, number>();
      const text = new ModelLinksBuilder();
      for await (const r of rows) {
        const paper = String(r.paper);
        const slot = text.addPaper(
          typeof r.title === "string" ? r.title : null,
          typeof r.abstract === "string" ? r.abstract : null,
        );
        if (slot >= 0) slots.set(paper, slot);
        const row: ModelLinkRow = { paper, links: [] };
        for (const [type, entity, link] of r.links as [string, string, unknown][]) {
          const parsed = parseRecord(ApiLink, link, `link ${type} of "${paper}" to "${entity}"`);
          row.links.push([type, entity, text.addLink(parsed)]);
        }
        links.push(row);
      }
      return { rows: links, slots, text: text.done() };
    }),
  ]);
  const absSlot = Int32Array.from(nodes.rows, (n) => links.slots.get(n.id) ?? -1);
  // Built in steps: a server loading a new model keeps answering with the one it has.
  return buildReadModelYielding(signature, nodes.rows, links.rows, {
    ...nodes.props,
    ...links.text,
    absSlot,
  });
}
