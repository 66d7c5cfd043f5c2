import { randomUUID } from "node:crypto";
import neo4j, { type Driver } from "neo4j-driver";
import { toStoreError } from "../StoreError.ts";
import { withInts } from "../withInts.ts";
import { COMPLETE_SNAPSHOT, CREATE_SNAPSHOT, LAST_SNAPSHOT, MARK_FIRST_SEEN } from "./ingestCypher.ts";

export type SnapshotAnalytics = "full" | "incremental";

/** A `(:Snapshot)`: one ingest, numbered in order (`seq`), `complete` once it finished. */
export interface SnapshotRef {
  id: string;
  seq: number;
  complete: boolean;
  /** The analytics settings the ingest ran with (JSON), to tell whether a re-run may be skipped. */
  settings: string | null;
  /** How its analytics ran: recomputed (`full`) or updated from the stored partition (`incremental`). */
  analytics: SnapshotAnalytics;
  /** Papers and communities in the graph when it completed (0 before). */
  papers: number;
  communities: number;
  /**
   * Random, unique to this snapshot (ids restart at `s1` in an emptied database): what a cache
   * outside the database names to tell that nothing wrote the graph since. Null on older snapshots.
   */
  nonce: string | null;
  /**
   * Papers in the graph when the newest completed snapshot with the same settings recomputed
   * communities (`analytics: "full"`); null when none did. What incremental growth is measured from.
   */
  recomputedPapers: number | null;
}

/** The newest snapshot (complete or not), or null before the first ingest. */
export async function lastSnapshot(driver: Driver, database: string): Promise<SnapshotRef | null> {
  try {
    const res = await driver.executeQuery(LAST_SNAPSHOT, {}, { database, routing: "READ" });
    const r = res.records[0];
    if (!r) return null;
    return {
      id: String(r.get("id")),
      seq: Number(r.get("seq")),
      complete: r.get("complete") === true,
      settings: (r.get("settings") as string | null) ?? null,
      analytics: r.get("analytics") === "incremental" ? "incremental" : "full",
      papers: Number(r.get("papers")),
      communities: Number(r.get("communities")),
      nonce: (r.get("nonce") as string | null) ?? null,
      recomputedPapers: r.get("recomputedPapers") == null ? null : Number(r.get("recomputedPapers")),
    };
  } catch (err) {
    throw toStoreError(err);
  }
}

/** Record that an ingest starts writing: a new, incomplete snapshot after the last one. */
export async function beginSnapshot(
  driver: Driver,
  database: string,
  ingest: { inputs: readonly string[]; inputPapers: number; settings: string; analytics: SnapshotAnalytics },
): Promise<SnapshotRef> {
  const nonce = randomUUID();
  try {
    const res = await driver.executeQuery(
      CREATE_SNAPSHOT,
      {
        inputs: [...ingest.inputs],
        inputCount: neo4j.int(ingest.inputPapers),
        settings: ingest.settings,
        analytics: ingest.analytics,
        nonce,
      },
      { database },
    );
    const r = res.records[0];
    return {
      id: String(r?.get("id")),
      seq: Number(r?.get("seq")),
      complete: false,
      settings: ingest.settings,
      analytics: ingest.analytics,
      papers: 0,
      communities: 0,
      nonce,
      recomputedPapers: null,
    };
  } catch (err) {
    throw toStoreError(err);
  }
}

/**
 * The ingest of `snapshot` finished: every paper, entity and community no snapshot had seen gets
 * `firstSeen = seq` (what `readChanges` lists), and the snapshot its counts and `complete = true`.
 */
export async function completeSnapshot(
  driver: Driver,
  database: string,
  snapshot: SnapshotRef,
  counts: Record<string, number>,
): Promise<void> {
  const session = driver.session({ database });
  try {
    // CALL … IN TRANSACTIONS needs an auto-commit transaction, hence session.run.
    // Counts and numbers stored as integers, as a bulk import (and a reader) expects them.
    await session.run(MARK_FIRST_SEEN, { seq: neo4j.int(snapshot.seq) });
    const [intCounts] = withInts([counts], Object.keys(counts));
    await session.executeWrite((tx) => tx.run(COMPLETE_SNAPSHOT, { id: snapshot.id, counts: intCounts }));
  } catch (err) {
    throw toStoreError(err);
  } finally {
    await session.close();
  }
}
