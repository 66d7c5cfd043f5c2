import { Changes, communityKey, SnapshotInfo } from "@paperkg/core";
import type { Driver } from "neo4j-driver";
import { kindOfRow } from "../reads/kindOfRow.ts";
import { parseRecord } from "../reads/parseRecord.ts";
import { readRows } from "../reads/readRows.ts";
import {
  CHANGED_COMMUNITIES,
  CHANGED_ENTITIES,
  CHANGED_PAPERS,
  CHANGES_LABEL_PRIORITY,
  GROWN_ENTITIES,
  READ_SNAPSHOTS,
} from "./ingestCypher.ts";

const MAX_SNAPSHOTS = 100;

type Row = Record<string, unknown>;
const list = (row: Row | undefined) => ({
  total: Number(row?.total ?? 0),
  items: (row?.items as Row[] | undefined) ?? [],
});

/**
 * What the ingests after snapshot `since` added: nodes whose `firstSeen` is later. Without `since`,
 * what the last completed ingest added (since the completed one before it). Null when `since`
 * names no snapshot.
 */
export async function readChanges(
  driver: Driver,
  database: string,
  options: { since?: string | undefined; limit: number },
): Promise<Changes | null> {
  const snapshots = (await readRows(driver, database, READ_SNAPSHOTS, { max: MAX_SNAPSHOTS })).map((r) =>
    toSnapshotInfo(r.snapshot as Row),
  );
  const completed = snapshots.filter((s) => s.complete);
  const latest = completed[0] ?? null;
  let since: SnapshotInfo | null;
  if (options.since !== undefined) {
    since = snapshots.find((s) => s.id === options.since) ?? null;
    if (!since) return null;
  } else {
    since = completed[1] ?? null;
  }
  const params = { seq: since?.seq ?? 0, limit: options.limit, priority: CHANGES_LABEL_PRIORITY };
  const [papers, entities, grown, communities] = await Promise.all(
    [CHANGED_PAPERS, CHANGED_ENTITIES, GROWN_ENTITIES, CHANGED_COMMUNITIES].map(
      async (q) => (await readRows(driver, database, q, params))[0],
    ),
  );
  const entity = (r: Row) => ({
    ...r,
    id: String(r.id),
    kind: kindOfRow(r.nodeLabel),
    label: String(r.label),
  });
  const newPapers = list(papers);
  const newEntities = list(entities);
  const grownEntities = list(grown);
  const changedCommunities = list(communities);
  return parseRecord(
    Changes,
    {
      since,
      latest,
      snapshots,
      newPapers: {
        total: newPapers.total,
        items: newPapers.items.map((r) => ({ ...r, kind: "paper", published: r.published ?? null })),
      },
      newEntities: { total: newEntities.total, items: newEntities.items.map(entity) },
      grownEntities: { total: grownEntities.total, items: grownEntities.items.map(entity) },
      communities: {
        total: changedCommunities.total,
        items: changedCommunities.items.map((r) => ({
          ...r,
          id: communityKey(Number(r.id)),
          kind: "community",
          label: String(r.label ?? `community ${String(r.id)}`),
        })),
      },
    },
    "changes",
  );
}

function toSnapshotInfo(s: Row): SnapshotInfo {
  return parseRecord(
    SnapshotInfo,
    {
      id: s.id,
      seq: Number(s.seq),
      at: new Date(Number(s.at)).toISOString(),
      inputs: s.inputs ?? [],
      papers: s.papers ?? null,
      entities: s.entities ?? null,
      communities: s.communities ?? null,
      complete: s.complete === true,
    },
    "snapshot",
  );
}
