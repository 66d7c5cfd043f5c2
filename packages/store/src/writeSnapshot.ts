import { ENTITY_LABELS, type EntityLabel, type GraphSnapshot, type RelationshipType } from "@paperkg/core";
import type { Driver } from "neo4j-driver";
import { changedContent } from "./changedContent.ts";
import {
  DELETE_ORPHAN_ENTITIES,
  DELETE_ORPHANS_AMONG,
  DELETE_PAPERS,
  DELETE_STALE_LINKS,
  MARK_PAPERS_WRITTEN,
  UPSERT_ENTITIES,
  UPSERT_LINKS,
  UPSERT_PAPERS,
} from "./cypher.ts";
import { runBatches } from "./runBatches.ts";
import { toStoreError } from "./StoreError.ts";
import { withInts } from "./withInts.ts";

export interface WriteOptions {
  database: string;
  batchSize: number;
  /** Transactions in flight (default 2). Node batches never overlap; link batches may deadlock and are retried. */
  concurrency?: number;
  /** The database held no papers before this run: nothing can be stale, so skip the clean-up pass. */
  fresh?: boolean;
  /**
   * Papers known to be stored (with their links) exactly as the snapshot has them — the caller
   * checked that nothing wrote the graph since it wrote them from the same content. They are
   * neither hashed nor written, unless the stored paper carries no content hash (a write cut short);
   * entities none of the other papers links to, before or after, are not either (changedContent).
   */
  unchangedPapers?: ReadonlySet<string>;
  /** Stored papers to delete in the clean-up pass: ones merged into a paper of the snapshot under another id. */
  removePapers?: readonly string[];
  onProgress?: (stage: WriteStage, done: number, total: number) => void;
}

export type WriteStage = "papers" | "entities" | "links" | "cleanup";

export const DEFAULT_BATCH_SIZE = 5000;
/** Two transactions in flight measured fastest on 2 cores (bench:load); more deadlock on links. */
export const DEFAULT_CONCURRENCY = 2;

export interface WriteCounts {
  /** What the graph holds after the write: papers, entities per label, links per type. */
  papers: number;
  entities: Record<EntityLabel, number>;
  links: Partial<Record<RelationshipType, number>>;
  /** What was actually written: papers (with their links), entities and links that changed. */
  changed: { papers: number; entities: number; links: number };
  /** Milliseconds per write stage, and per step of the clean-up (`compare`: reading and hashing what to compare; `orphans`, `mark`). */
  timings: Record<WriteStage, number> & Partial<Record<"compare" | "orphans" | "mark", number>>;
}

/**
 * Write papers, entities and links with batched `UNWIND … MERGE` statements, then drop links,
 * merged-away papers (`removePapers`) and entities the snapshot no longer has. Only papers (with
 * their links) and entities whose content hash differs from the stored one are written, so a day
 * added to a large graph writes about the day. Writing the same snapshot twice leaves the graph unchanged.
 */
export async function writeSnapshot(
  driver: Driver,
  snapshot: GraphSnapshot,
  options: WriteOptions,
): Promise<WriteCounts> {
  const concurrency = options.concurrency ?? DEFAULT_CONCURRENCY;
  const timings: WriteCounts["timings"] = { papers: 0, entities: 0, links: 0, cleanup: 0 };
  let clock = performance.now();
  const lap = (stage: keyof WriteCounts["timings"]) => {
    const now = performance.now();
    timings[stage] = Math.round(now - clock);
    clock = now;
  };
  const batch = (stage: WriteStage, total: number, offset = 0) => ({
    database: options.database,
    batchSize: options.batchSize,
    concurrency,
    onProgress: (done: number) => options.onProgress?.(stage, offset + done, total),
  });
  // Papers (with their links) and entities written from the same content are skipped: a stored
  // paper's `contentHash` is set only after its links, so a cut-off run leaves it unset.
  const { hashes, stored, considered } = await changedContent(driver, snapshot, options);
  lap("compare");
  const papers = snapshot.papers.filter(
    (p) => hashes.papers.has(p.id) && stored.get(p.id) !== hashes.papers.get(p.id),
  );
  const changedPapers = new Set(papers.map((p) => p.id));
  await runBatches(
    driver,
    UPSERT_PAPERS,
    withInts(papers, ["authorsCount", "upvotes"]),
    batch("papers", papers.length),
  );
  lap("papers");

  const entities = {} as Record<EntityLabel, number>;
  const changedEntities = snapshot.entities.filter(
    (e) => hashes.entities.has(e.id) && stored.get(e.id) !== hashes.entities.get(e.id),
  );
  let offset = 0;
  for (const [type, label] of Object.entries(ENTITY_LABELS) as [keyof typeof ENTITY_LABELS, EntityLabel][]) {
    entities[label] = snapshot.entities.filter((e) => e.type === type).length;
    const rows = withInts(
      changedEntities
        .filter((e) => e.type === type)
        .map((e) => ({ ...e, aliasesText: e.aliases.join(" "), contentHash: hashes.entities.get(e.id) })),
      ["paperCount"],
    );
    await runBatches(driver, UPSERT_ENTITIES[label], rows, batch("entities", changedEntities.length, offset));
    offset += rows.length;
  }
  lap("entities");

  const changedLinks = snapshot.links.filter((l) => changedPapers.has(l.paper));
  const written = await writeLinks(
    driver,
    { entities: snapshot.entities, links: changedLinks },
    {
      database: options.database,
      batchSize: options.batchSize,
      concurrency,
      onProgress: (done, total) => options.onProgress?.("links", done, total),
    },
  );
  lap("links");

  if (!options.fresh) {
    const keys = new Map<string, string[]>(papers.map((p) => [p.id, []]));
    for (const l of changedLinks) keys.get(l.paper)?.push(`${l.entity}|${l.type}`);
    const rows = [...keys.entries()].map(([id, k]) => ({ id, keys: k }));
    const removed = options.removePapers ?? [];
    const total = rows.length + removed.length;
    await runBatches(driver, DELETE_STALE_LINKS, rows, batch("cleanup", total));
    await runBatches(driver, DELETE_PAPERS, removed, batch("cleanup", total, rows.length));
    lap("cleanup");
    if (considered) {
      // only an entity a rewritten or deleted paper linked to can have lost its last paper
      for (const [label, ids] of [...considered].sort())
        await runBatches(driver, DELETE_ORPHANS_AMONG[label], ids, {
          database: options.database,
          batchSize: options.batchSize,
        });
    } else {
      const session = driver.session({ database: options.database });
      try {
        await session.executeWrite((tx) => tx.run(DELETE_ORPHAN_ENTITIES));
      } catch (err) {
        throw toStoreError(err);
      } finally {
        await session.close();
      }
    }
    lap("orphans");
  }
  await runBatches(
    driver,
    MARK_PAPERS_WRITTEN,
    papers.map((p) => ({ id: p.id, hash: hashes.papers.get(p.id) })),
    { database: options.database, batchSize: options.batchSize, concurrency },
  );
  lap("mark");
  const links: Partial<Record<RelationshipType, number>> = {};
  for (const l of snapshot.links) links[l.type] = (links[l.type] ?? 0) + 1;
  return {
    papers: snapshot.papers.length,
    entities,
    links,
    changed: {
      papers: papers.length,
      entities: changedEntities.length,
      links: Object.values(written).reduce((a, b) => a + (b ?? 0), 0),
    },
    timings,
  };
}

type LinkRow = Omit<GraphSnapshot["links"][number], "results"> & { results: string | null };

/**
 * MERGE every Paper → entity link with its evidence, one batched `UNWIND` statement per
 * (relationship type, entity label) pair. Returns the count per relationship type.
 */
export async function writeLinks(
  driver: Driver,
  snapshot: Pick<GraphSnapshot, "entities" | "links">,
  options: {
    database: string;
    batchSize: number;
    concurrency?: number;
    onProgress?: (done: number, total: number) => void;
  },
): Promise<Partial<Record<RelationshipType, number>>> {
  const typeOf = new Map(snapshot.entities.map((e) => [e.id, ENTITY_LABELS[e.type]]));
  const groups = new Map<string, { type: RelationshipType; label: EntityLabel; rows: LinkRow[] }>();
  for (const link of snapshot.links) {
    const label = typeOf.get(link.entity);
    if (!label) continue;
    const key = `${link.type}|${label}`;
    const group = groups.get(key) ?? { type: link.type, label, rows: [] };
    // Neo4j stores no list of maps: every stated result goes as one JSON text.
    group.rows.push({ ...link, results: link.results?.length ? JSON.stringify(link.results) : null });
    groups.set(key, group);
  }
  const counts: Partial<Record<RelationshipType, number>> = {};
  let offset = 0;
  for (const group of [...groups.values()].sort((a, b) => (a.type + a.label < b.type + b.label ? -1 : 1))) {
    counts[group.type] = (counts[group.type] ?? 0) + group.rows.length;
    const base = offset;
    await runBatches(driver, UPSERT_LINKS[group.type][group.label], group.rows, {
      database: options.database,
      batchSize: options.batchSize,
      concurrency: options.concurrency ?? 1,
      onProgress: (done) => options.onProgress?.(base + done, snapshot.links.length),
    });
    offset += group.rows.length;
  }
  return counts;
}
