import type { NodeRef } from "@paperkg/core";
import { encodePaperCursor, type PaperCursor } from "../reads/paperCursor.ts";
import { COOCCURRENCE_SAMPLE } from "../reads/readNodeDetail.ts";
import { compareIds, linkType, type ReadModel } from "./ReadModel.ts";

/** One page of an entity's links, newest paper first, before the links' evidence is read. */
export interface ModelPaperPage {
  /** The page's papers with the type of their link, in order. */
  links: { paper: string; type: string; label: string; published: string | null }[];
  /** Links to the entity in all. */
  total: number;
  nextCursor: string | null;
}

/**
 * `readNodePapers`' page chosen from the read model: the `limit` links of `node` after `after`
 * (`coalesce(published, '') DESC, id DESC`, as the keyset cursor orders them).
 */
export function modelPaperPage(
  model: ReadModel,
  node: number,
  options: { limit: number; after: PaperCursor | null },
): ModelPaperPage {
  const from = model.inStart[node]!;
  const to = model.inStart[node + 1]!;
  let k = from;
  const after = options.after;
  if (after) {
    // The links are sorted newest first: skip to the first strictly after the cursor.
    let lo = from;
    let hi = to;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const p = model.inSource[mid]!;
      const day = model.attrs[p]!.published ?? "";
      const before = compareIds(day, after.published) || compareIds(model.ids[p]!, after.id);
      if (before >= 0) lo = mid + 1;
      else hi = mid;
    }
    k = lo;
  }
  const end = Math.min(to, k + options.limit);
  const links: ModelPaperPage["links"] = [];
  for (let i = k; i < end; i++) {
    const p = model.inSource[i]!;
    const a = model.attrs[p]!;
    links.push({
      paper: model.ids[p]!,
      type: linkType(model.inType[i]!),
      label: a.label,
      published: a.published,
    });
  }
  const last = links.at(-1);
  return {
    links,
    total: to - from,
    nextCursor:
      end < to && last ? encodePaperCursor({ published: last.published ?? "", id: last.paper }) : null,
  };
}

/**
 * Entities sharing papers with `node`, counted over its `COOCCURRENCE_SAMPLE` newest papers:
 * the 25 with most shared papers (then by id), as `readNodeDetail` lists them.
 */
export function modelCooccurring(model: ReadModel, node: number): (NodeRef & { count: number })[] {
  const counts = new Map<number, number>();
  let papers = 0;
  let previous = -1;
  for (let k = model.inStart[node]!; k < model.inStart[node + 1]! && papers < COOCCURRENCE_SAMPLE; k++) {
    const p = model.inSource[k]!;
    if (p === previous) continue;
    previous = p;
    papers++;
    const seen = new Set<number>();
    for (let o = model.outStart[p]!; o < model.outStart[p + 1]!; o++) {
      const f = model.outTarget[o]!;
      if (f === node || seen.has(f)) continue;
      seen.add(f);
      counts.set(f, (counts.get(f) ?? 0) + 1);
    }
  }
  return [...counts]
    .sort(([a, ca], [b, cb]) => cb - ca || compareIds(model.ids[a]!, model.ids[b]!))
    .slice(0, 25)
    .map(([f, count]) => ({
      id: model.ids[f]!,
      kind: model.attrs[f]!.kind,
      label: model.attrs[f]!.label,
      count,
    }));
}
