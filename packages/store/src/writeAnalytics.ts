import { ENTITY_LABELS, type GraphAnalytics, type GraphSnapshot, type GroupLink } from "@paperkg/core";
import type { Driver } from "neo4j-driver";
import {
  CREATE_GROUP_LINKS,
  DELETE_EXTRA_AREAS,
  DELETE_EXTRA_COMMUNITIES,
  DELETE_GROUP_LINK,
  DELETE_GROUP_LINKS,
  PLACE_NODES,
  SET_GROUP_LINKS,
  UPSERT_AREAS,
  UPSERT_COMMUNITIES,
} from "./cypher.ts";
import { runBatches } from "./runBatches.ts";
import { toStoreError } from "./StoreError.ts";
import { withInts } from "./withInts.ts";
import { DEFAULT_CONCURRENCY } from "./writeSnapshot.ts";

/** The community and area rows and the links between them, as a write stores them. */
export type StoredGroups = Pick<GraphAnalytics, "communities" | "areas" | "communityLinks" | "areaLinks">;

/**
 * Store areas, communities, positions and PageRank: `(:Area)` and `(:Community)` nodes (each with its
 * `area`), `community/x/y/pagerank/hub` on every node and one `IN_COMMUNITY` link each, and each
 * community's and area's strongest `LINKS` to others. Areas and communities that no longer exist
 * are removed. Given `stored` — exactly what the database holds (readPlacements' `groups`) — only
 * the community and area rows that differ from it are written, and only the links that are new,
 * changed or gone (set in place, merged, deleted); otherwise every row and link is written afresh.
 */
export async function writeAnalytics(
  driver: Driver,
  snapshot: GraphSnapshot,
  analytics: GraphAnalytics,
  options: {
    database: string;
    batchSize: number;
    concurrency?: number;
    onProgress?: (done: number, total: number) => void;
    stored?: StoredGroups;
  },
): Promise<Record<"groups" | "placements" | "groupLinks", number>> {
  let clock = performance.now();
  const lap = () => {
    const now = performance.now();
    const ms = Math.round(now - clock);
    clock = now;
    return ms;
  };
  const stored = options.stored;
  const areas = stored ? changedRows(analytics.areas, stored.areas) : analytics.areas;
  await runBatches(driver, UPSERT_AREAS, withInts(areas, ["id", "size", "papers", "communities"]), {
    database: options.database,
    batchSize: options.batchSize,
  });
  const communities = stored ? changedRows(analytics.communities, stored.communities) : analytics.communities;
  await runBatches(driver, UPSERT_COMMUNITIES, withInts(communities, ["id", "size", "papers", "area"]), {
    database: options.database,
    batchSize: options.batchSize,
  });
  const groups = lap();
  const labelOf = new Map<string, string>(snapshot.papers.map((p) => [p.id, "Paper"]));
  for (const e of snapshot.entities) labelOf.set(e.id, ENTITY_LABELS[e.type]);
  const byLabel = new Map<string, GraphAnalytics["placements"]>();
  for (const p of analytics.placements) {
    const label = labelOf.get(p.id);
    if (!label) continue;
    const list = byLabel.get(label) ?? [];
    list.push(p);
    byLabel.set(label, list);
  }
  let done = 0;
  const total = analytics.placements.length;
  for (const [label, rows] of [...byLabel.entries()].sort()) {
    // Sorted by community, each transaction takes community locks in one order: no deadlock cycles.
    const sorted = [...rows].sort((a, b) => a.community - b.community || (a.id < b.id ? -1 : 1));
    await runBatches(driver, PLACE_NODES[label]!, withInts(sorted, ["community"]), {
      database: options.database,
      batchSize: options.batchSize,
      concurrency: options.concurrency ?? DEFAULT_CONCURRENCY,
      onProgress: (n) => options.onProgress?.(done + n, total),
    });
    done += rows.length;
  }
  const placements = lap();
  const session = driver.session({ database: options.database });
  try {
    await session.executeWrite(async (tx) => {
      await tx.run(DELETE_EXTRA_COMMUNITIES, {
        ids: withInts(analytics.communities, ["id"]).map((c) => c.id),
      });
      await tx.run(DELETE_EXTRA_AREAS, { ids: withInts(analytics.areas, ["id"]).map((a) => a.id) });
      if (stored) return;
      await tx.run(DELETE_GROUP_LINKS.Community);
      await tx.run(DELETE_GROUP_LINKS.Area);
    });
  } catch (err) {
    throw toStoreError(err);
  } finally {
    await session.close();
  }
  for (const [label, links, before] of [
    ["Community", analytics.communityLinks, stored?.communityLinks],
    ["Area", analytics.areaLinks, stored?.areaLinks],
  ] as const) {
    const batches = { database: options.database, batchSize: options.batchSize };
    if (!before) {
      await runBatches(driver, CREATE_GROUP_LINKS[label], withInts(links, ["source", "target"]), batches);
      continue;
    }
    const { gone, set } = changedLinks(links, before);
    await runBatches(driver, DELETE_GROUP_LINK[label], withInts(gone, ["source", "target"]), batches);
    await runBatches(driver, SET_GROUP_LINKS[label], withInts(set, ["source", "target"]), batches);
  }
  return { groups, placements, groupLinks: lap() };
}

/** The rows of `rows` that `stored` lacks or holds with another value in some field. */
function changedRows<T extends { id: number }>(rows: readonly T[], stored: readonly T[]): T[] {
  const before = new Map(stored.map((r) => [r.id, r]));
  return rows.filter((r) => {
    const was = before.get(r.id);
    return !was || !sameValues(r, was);
  });
}

/** Links to write (new, or with another weight or strength) and stored links that are gone. */
function changedLinks(
  links: readonly GroupLink[],
  stored: readonly GroupLink[],
): { gone: GroupLink[]; set: GroupLink[] } {
  const key = (l: GroupLink) => `${l.source}|${l.target}`;
  const now = new Set(links.map(key));
  const before = new Map(stored.map((l) => [key(l), l]));
  return {
    gone: stored.filter((l) => !now.has(key(l))),
    set: links.filter((l) => {
      const was = before.get(key(l));
      return !was || was.weight !== l.weight || was.strength !== l.strength;
    }),
  };
}

/** Same keys with the same values (arrays element by element). */
function sameValues(a: object, b: object): boolean {
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => {
    const x = (a as Record<string, unknown>)[k];
    const y = (b as Record<string, unknown>)[k];
    if (Array.isArray(x) && Array.isArray(y)) return x.length === y.length && x.every((v, i) => v === y[i]);
    return x === y;
  });
}
