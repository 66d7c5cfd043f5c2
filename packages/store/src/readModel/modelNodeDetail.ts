import { ApiLink, DetailNode, labelOfId, type NodeDetail, type NodePapers, NodeRef } from "@paperkg/core";
import type { Driver } from "neo4j-driver";
import { kindOfRow } from "../reads/kindOfRow.ts";
import type { PaperCursor } from "../reads/paperCursor.ts";
import { parseRecord } from "../reads/parseRecord.ts";
import { readRows } from "../reads/readRows.ts";
import { modelCooccurring, modelPaperPage } from "./modelPaperPage.ts";
import type { ReadModel } from "./ReadModel.ts";
import { MODEL_PAPER_DETAIL, modelEntityDetail } from "./readModelCypher.ts";

/**
 * `readNodeDetail` for a paper or an entity with the read model's help: which papers an entity's
 * first page lists and what co-occurs with it come from memory; properties and evidence from
 * one Neo4j read by id. Null for an id the model does not hold (communities: ask Neo4j).
 */
export async function modelNodeDetail(
  model: ReadModel,
  driver: Driver,
  database: string,
  id: string,
  options: { limit: number },
): Promise<NodeDetail | null> {
  const node = model.index.get(id);
  if (node === undefined) return null;
  if (model.isPaper[node]) {
    const [row] = await readRows(driver, database, MODEL_PAPER_DETAIL, { id });
    if (!row) return null;
    return {
      node: detailNode(id, "Paper", row),
      entities: (row.entities as Record<string, unknown>[]).map((e) => ({
        ...parseRecord(NodeRef, { id: e.id, kind: kindOfRow(e.kind), label: e.label }, "node reference"),
        link: parseRecord(ApiLink, e.link, `link of "${id}"`),
      })),
      papers: [],
      paperTotal: 0,
      nextCursor: null,
      cooccurring: [],
    };
  }
  const page = await entityPage(model, driver, database, node, { limit: options.limit, after: null });
  if (!page) return null;
  return {
    node: detailNode(id, model.labels[node]!, page.row),
    entities: [],
    papers: page.papers.papers,
    paperTotal: page.papers.total,
    nextCursor: page.papers.nextCursor,
    cooccurring: modelCooccurring(model, node),
  };
}

/** `readNodePapers` with the read model choosing the page: one Neo4j read for the evidence. */
export async function modelNodePapers(
  model: ReadModel,
  driver: Driver,
  database: string,
  id: string,
  options: { limit: number; after: PaperCursor | null },
): Promise<NodePapers | null> {
  const node = model.index.get(id);
  if (node === undefined || labelOfId(id) !== model.labels[node]) return null;
  return (await entityPage(model, driver, database, node, options))?.papers ?? null;
}

async function entityPage(
  model: ReadModel,
  driver: Driver,
  database: string,
  node: number,
  options: { limit: number; after: PaperCursor | null },
): Promise<{ row: Record<string, unknown>; papers: NodePapers } | null> {
  const id = model.ids[node]!;
  const page = modelPaperPage(model, node, options);
  const [row] = await readRows(driver, database, modelEntityDetail(model.labels[node]!), {
    id,
    papers: [...new Set(page.links.map((l) => l.paper))],
  });
  if (!row) return null;
  const evidence = new Map<string, unknown>();
  for (const l of row.links as { paper: string; link: { type: string } }[])
    evidence.set(`${l.paper}|${l.link.type}`, l.link);
  const papers = page.links.map((l) => ({
    id: l.paper,
    kind: "paper" as const,
    label: l.label,
    published: l.published,
    link: parseRecord(ApiLink, evidence.get(`${l.paper}|${l.type}`), `link of "${id}"`),
  }));
  return { row, papers: { papers, total: page.total, nextCursor: page.nextCursor } };
}

function detailNode(id: string, label: string, row: Record<string, unknown>): DetailNode {
  const properties = { ...(row.properties as Record<string, unknown>) };
  delete properties.aliasesText;
  return parseRecord(
    DetailNode,
    {
      id,
      kind: kindOfRow(label),
      label: String(row.label),
      community: (row.community as number | null) ?? null,
      properties,
    },
    `node "${id}"`,
  );
}
