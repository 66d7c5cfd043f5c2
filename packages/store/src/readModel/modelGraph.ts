import { ENTITY_LABELS, type GraphPayload, isEntityType } from "@paperkg/core";
import { graphPayload } from "../reads/graphNodeRow.ts";
import type { GraphFilter } from "../reads/readGraph.ts";
import { nodesAndLinks } from "./modelNeighbors.ts";
import type { ReadModel } from "./ReadModel.ts";

/**
 * `readGraph`'s default (`bipartite`) view from the read model: the nodes passing the filter, the
 * `limit` most central first, with the links among them. Null for the other views (Neo4j
 * answers them).
 */
export function modelGraph(model: ReadModel, filter: GraphFilter): GraphPayload | null {
  if (filter.view !== "bipartite") return null;
  const papers = filter.types.includes("paper");
  const entityLabels = new Set<string>(filter.types.filter(isEntityType).map((t) => ENTITY_LABELS[t]));
  const { community, from, to, minDegree } = filter;
  const inRange = (day: string | null) =>
    (from === null || (day !== null && day >= from)) && (to === null || (day !== null && day <= to));
  const dated = from !== null || to !== null;

  const kept: number[] = [];
  let total = 0;
  for (let r = 0; r < model.byRank.length; r++) {
    const i = model.byRank[r]!;
    const a = model.attrs[i]!;
    if (community !== null && a.community !== community) continue;
    if (model.isPaper[i]) {
      if (!papers || !inRange(a.published)) continue;
      if (minDegree > 0 && model.outStart[i + 1]! - model.outStart[i]! < minDegree) continue;
    } else {
      if (!entityLabels.has(model.labels[i]!) || (a.paperCount ?? 0) < minDegree) continue;
      if (dated && !linkedInRange(model, i, inRange)) continue;
    }
    total++;
    if (kept.length < filter.limit) kept.push(i);
  }
  return graphPayload("bipartite", ...nodesAndLinks(model, kept), total);
}

function linkedInRange(model: ReadModel, entity: number, inRange: (day: string | null) => boolean): boolean {
  for (let k = model.inStart[entity]!; k < model.inStart[entity + 1]!; k++)
    if (inRange(model.attrs[model.inSource[k]!]!.published)) return true;
  return false;
}
