import { ENTITY_LABELS, type GraphAnalytics, type GraphSnapshot } from "@paperkg/core";
import type { Driver } from "neo4j-driver";
import {
  CREATE_GROUP_LINKS,
  DELETE_EXTRA_AREAS,
  DELETE_EXTRA_COMMUNITIES,
  DELETE_GROUP_LINKS,
  PLACE_NODES,
  UPSERT_AREAS,
  UPSERT_COMMUNITIES,
} from "./cypher.ts";
import { runBatches } from "./runBatches.ts";
import { toStoreError } from "./StoreError.ts";
import { withInts } from "./withInts.ts";
import { DEFAULT_CONCURRENCY } from "./writeSnapshot.ts";

/**
 * Store areas, communities, positions and PageRank: `(:Area)` and `(:Community)` nodes (each with its
 * `area`), `community/x/y/pagerank/hub` on every node and one `IN_COMMUNITY` link each, and each
 * community's and area's strongest `LINKS` to others. Areas and communities that no longer exist
 * are removed.
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
  },
): Promise<void> {
  await runBatches(driver, UPSERT_AREAS, withInts(analytics.areas, ["id", "size", "papers", "communities"]), {
    database: options.database,
    batchSize: options.batchSize,
  });
  await runBatches(
    driver,
    UPSERT_COMMUNITIES,
    withInts(analytics.communities, ["id", "size", "papers", "area"]),
    {
      database: options.database,
      batchSize: options.batchSize,
    },
  );
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
  const session = driver.session({ database: options.database });
  try {
    await session.executeWrite(async (tx) => {
      await tx.run(DELETE_EXTRA_COMMUNITIES, {
        ids: withInts(analytics.communities, ["id"]).map((c) => c.id),
      });
      await tx.run(DELETE_EXTRA_AREAS, { ids: withInts(analytics.areas, ["id"]).map((a) => a.id) });
      await tx.run(DELETE_GROUP_LINKS.Community);
      await tx.run(DELETE_GROUP_LINKS.Area);
    });
  } catch (err) {
    throw toStoreError(err);
  } finally {
    await session.close();
  }
  for (const [label, links] of [
    ["Community", analytics.communityLinks],
    ["Area", analytics.areaLinks],
  ] as const) {
    await runBatches(driver, CREATE_GROUP_LINKS[label], withInts(links, ["source", "target"]), {
      database: options.database,
      batchSize: options.batchSize,
    });
  }
}
