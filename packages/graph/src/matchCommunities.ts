import type { GraphAnalytics } from "@paperkg/core";
import { OTHER_COMMUNITY } from "./detectCommunities.ts";

/** Where a recomputed community came from, when it is not simply an earlier one under its id. */
export interface CommunityLineage {
  /** The one earlier community it is a minority piece of. */
  splitFrom: number[];
  /** The earlier communities (two or more) that each make up a good part of it. */
  mergedFrom: number[];
}

/** A piece this large (share of the new community's nodes seen before) counts as coming from there. */
const SOURCE_SHARE = 0.25;
const ID_SPACE = 999_999;

/**
 * Recomputed communities keep the ids of the earlier ones they are: a new community that holds a
 * majority of an earlier community's nodes, while those nodes are a majority of its own earlier
 * nodes, takes that id (the pairing is one-to-one by construction). Any other new community keeps
 * its content-derived id, moved off ids the earlier partition used. A community is reported as split
 * from the one earlier community it is a minority piece of, or merged from the earlier ones that
 * each make up a quarter of it or more (one of which may have kept its id). Shares count only
 * nodes placed in both partitions; "other" (0) is neither matched nor reported.
 */
export function matchCommunities(
  previous: ReadonlyMap<string, number>,
  analytics: GraphAnalytics,
): { analytics: GraphAnalytics; lineage: Map<number, CommunityLineage> } {
  const overlap = new Map<number, Map<number, number>>();
  const seenNew = new Map<number, number>();
  const seenOld = new Map<number, number>();
  for (const p of analytics.placements) {
    const was = previous.get(p.id);
    if (was === undefined || was === OTHER_COMMUNITY || p.community === OTHER_COMMUNITY) continue;
    seenNew.set(p.community, (seenNew.get(p.community) ?? 0) + 1);
    seenOld.set(was, (seenOld.get(was) ?? 0) + 1);
    const row = overlap.get(p.community) ?? new Map<number, number>();
    row.set(was, (row.get(was) ?? 0) + 1);
    overlap.set(p.community, row);
  }
  const rename = new Map<number, number>();
  for (const [c, row] of overlap) {
    for (const [was, n] of row)
      if (n > 0.5 * seenNew.get(c)! && n > 0.5 * seenOld.get(was)!) rename.set(c, was);
  }
  const taken = new Set<number>([...previous.values(), ...rename.values()]);
  const lineage = new Map<number, CommunityLineage>();
  const ids = analytics.communities.map((c) => c.id).sort((a, b) => a - b);
  for (const c of ids) {
    if (c === OTHER_COMMUNITY) continue;
    const sources = [...(overlap.get(c) ?? new Map<number, number>())]
      .filter(([, n]) => n >= SOURCE_SHARE * seenNew.get(c)!)
      .map(([was]) => was)
      .sort((a, b) => a - b);
    const kept = rename.get(c);
    if (kept === undefined) {
      let id = c;
      while (taken.has(id)) id = (id % ID_SPACE) + 1;
      taken.add(id);
      rename.set(c, id);
    }
    const id = rename.get(c)!;
    if (sources.length >= 2) lineage.set(id, { splitFrom: [], mergedFrom: sources });
    else if (kept === undefined && sources.length === 1)
      lineage.set(id, { splitFrom: sources, mergedFrom: [] });
  }
  const idOf = (c: number) => rename.get(c) ?? c;
  const relink = (l: GraphAnalytics["communityLinks"][number]) => {
    const [a, b] = [idOf(l.source), idOf(l.target)].sort((x, y) => x - y) as [number, number];
    return { ...l, source: a, target: b };
  };
  return {
    analytics: {
      ...analytics,
      placements: analytics.placements.map((p) => ({ ...p, community: idOf(p.community) })),
      communities: analytics.communities.map((c) => ({ ...c, id: idOf(c.id) })).sort((a, b) => a.id - b.id),
      communityLinks: analytics.communityLinks
        .map(relink)
        .sort((x, y) => x.source - y.source || x.target - y.target),
    },
    lineage,
  };
}
