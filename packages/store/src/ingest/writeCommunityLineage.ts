import type { Driver } from "neo4j-driver";
import { runBatches } from "../runBatches.ts";
import { withInts } from "../withInts.ts";
import { MARK_COMMUNITY_LINEAGE } from "./ingestCypher.ts";

/**
 * Record on recomputed communities which earlier ones they split from or merged from, with the
 * snapshot that did it (`changedIn`), for `readChanges`. Run after the communities are written.
 */
export async function writeCommunityLineage(
  driver: Driver,
  database: string,
  seq: number,
  lineage: ReadonlyMap<number, { splitFrom: number[]; mergedFrom: number[] }>,
): Promise<void> {
  const rows = [...lineage].map(([id, l]) => ({
    id,
    seq,
    splitFrom: withInts(
      l.splitFrom.map((c) => ({ c })),
      ["c"],
    ).map((r) => r.c),
    mergedFrom: withInts(
      l.mergedFrom.map((c) => ({ c })),
      ["c"],
    ).map((r) => r.c),
  }));
  await runBatches(driver, MARK_COMMUNITY_LINEAGE, withInts(rows, ["id", "seq"]), {
    database,
    batchSize: 5_000,
  });
}
