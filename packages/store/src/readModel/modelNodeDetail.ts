import {
  type ApiLink,
  DetailNode,
  type LinkedPaper,
  labelOfId,
  type NodeDetail,
  type NodePapers,
  type NodeRef,
} from "@paperkg/core";
import { kindOfRow } from "../reads/kindOfRow.ts";
import type { PaperCursor } from "../reads/paperCursor.ts";
import { parseRecord } from "../reads/parseRecord.ts";
import { modelLink, modelProperties } from "./ModelText.ts";
import { modelCooccurring, modelPaperPage } from "./modelPaperPage.ts";
import { compareIds, linkType, type ReadModel } from "./ReadModel.ts";

/**
 * `readNodeDetail` for a paper or an entity from the read model alone: properties, a paper's
 * entities with their evidence, an entity's first page of papers with theirs and what co-occurs
 * with it. Null for an id the model does not hold (communities: ask Neo4j) or a model loaded
 * without its text.
 */
export function modelNodeDetail(model: ReadModel, id: string, options: { limit: number }): NodeDetail | null {
  const node = model.index.get(id);
  if (node === undefined || !model.text) return null;
  if (model.isPaper[node])
    return {
      node: detailNode(model, node),
      entities: paperEntities(model, node),
      papers: [],
      paperTotal: 0,
      nextCursor: null,
      cooccurring: [],
    };
  const page = entityPage(model, node, { limit: options.limit, after: null });
  return {
    node: detailNode(model, node),
    entities: [],
    papers: page.papers,
    paperTotal: page.total,
    nextCursor: page.nextCursor,
    cooccurring: modelCooccurring(model, node),
  };
}

/** `readNodePapers` from the read model alone; null as `modelNodeDetail`, or for a paper. */
export function modelNodePapers(
  model: ReadModel,
  id: string,
  options: { limit: number; after: PaperCursor | null },
): NodePapers | null {
  const node = model.index.get(id);
  if (node === undefined || !model.text || labelOfId(id) !== model.labels[node]) return null;
  return entityPage(model, node, options);
}

/** A paper's links, ordered as `readNodeDetail` orders them: entity label, most papers first (none first), id, type. */
function paperEntities(model: ReadModel, paper: number): (NodeRef & { link: ApiLink })[] {
  const out: number[] = [];
  for (let o = model.outStart[paper]!; o < model.outStart[paper + 1]!; o++) out.push(o);
  const count = (e: number) => model.attrs[e]!.paperCount;
  out.sort((a, b) => {
    const ea = model.outTarget[a]!;
    const eb = model.outTarget[b]!;
    const ca = count(ea);
    const cb = count(eb);
    return (
      compareIds(model.labels[ea]!, model.labels[eb]!) ||
      (ca === cb ? 0 : ca === null ? -1 : cb === null ? 1 : cb - ca) ||
      compareIds(model.ids[ea]!, model.ids[eb]!) ||
      compareIds(linkType(model.outType[a]!), linkType(model.outType[b]!))
    );
  });
  return out.map((o) => {
    const e = model.outTarget[o]!;
    return {
      id: model.ids[e]!,
      kind: model.attrs[e]!.kind,
      label: model.attrs[e]!.label,
      link: linkOf(model, o, paper),
    };
  });
}

function entityPage(
  model: ReadModel,
  node: number,
  options: { limit: number; after: PaperCursor | null },
): NodePapers {
  const page = modelPaperPage(model, node, options);
  const papers: LinkedPaper[] = page.links.map((l) => {
    const p = model.index.get(l.paper)!;
    let o = model.outStart[p]!;
    while (model.outTarget[o] !== node || linkType(model.outType[o]!) !== l.type) o++;
    return { id: l.paper, kind: "paper", label: l.label, published: l.published, link: linkOf(model, o, p) };
  });
  return { papers, total: page.total, nextCursor: page.nextCursor };
}

function linkOf(model: ReadModel, out: number, paper: number): ApiLink {
  return modelLink(
    model.text!,
    model.outPayload[out]!,
    linkType(model.outType[out]!),
    paper,
    model.attrs[paper]!.label,
  );
}

function detailNode(model: ReadModel, node: number): DetailNode {
  const id = model.ids[node]!;
  const a = model.attrs[node]!;
  return parseRecord(
    DetailNode,
    {
      id,
      kind: kindOfRow(model.labels[node]),
      label: a.label,
      community: a.community,
      properties: modelProperties(model.text!, node),
    },
    `node "${id}"`,
  );
}
