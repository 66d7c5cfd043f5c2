import { ENTITY_LABELS, type EntityLabel, type EntityType, type GraphSnapshot } from "@paperkg/core";
import type { Driver } from "neo4j-driver";
import { contentHashes } from "./contentHashes.ts";
import {
  READ_CONTENT_HASHES,
  READ_ENTITY_HASHES,
  READ_PAPER_HASHES,
  READ_UNHASHED_PAPERS,
} from "./cypher.ts";
import { toStoreError } from "./StoreError.ts";

/** The content hashes of what a write considers, and the stored ones to compare them with (null: none yet). */
export interface ContentComparison {
  hashes: { papers: Map<string, string>; entities: Map<string, string> };
  stored: Map<string, unknown>;
  /**
   * Given `unchangedPapers`: per label, the entities the other papers link to in the graph or the
   * snapshot — the only ones a write of those papers can leave without a paper. Else undefined.
   */
  considered?: Map<EntityLabel, string[]>;
}

/**
 * What `writeSnapshot` compares: every paper's and entity's content hash with the stored one —
 * or, given `unchangedPapers` (papers stored exactly as the snapshot has them), only the other
 * papers (and those whose write was cut short: no stored hash) and the entities they link to,
 * in the snapshot or in the graph (`removePapers` too). An entity no changed paper links to,
 * before or after, has the same papers, names and aliases as when it was written: it is not
 * read, hashed nor written. So a day added to a large graph reads and hashes about the day.
 */
export async function changedContent(
  driver: Driver,
  snapshot: GraphSnapshot,
  options: {
    database: string;
    fresh?: boolean;
    unchangedPapers?: ReadonlySet<string>;
    removePapers?: readonly string[];
  },
): Promise<ContentComparison> {
  const { database } = options;
  if (options.fresh) return { hashes: contentHashes(snapshot), stored: new Map() };
  const unchanged = options.unchangedPapers;
  if (!unchanged) {
    const rows = await read(driver, database, READ_CONTENT_HASHES, {});
    return { hashes: contentHashes(snapshot), stored: new Map(rows.map((r) => [r.id as string, r.hash])) };
  }
  const unhashed = new Set(
    (await read(driver, database, READ_UNHASHED_PAPERS, {})).map((r) => r.id as string),
  );
  const papers = new Set(
    snapshot.papers.filter((p) => !unchanged.has(p.id) || unhashed.has(p.id)).map((p) => p.id),
  );
  const stored = new Map<string, unknown>();
  const entities = new Set<string>();
  const before = await read(driver, database, READ_PAPER_HASHES, {
    ids: [...papers, ...(options.removePapers ?? [])],
  });
  for (const r of before) {
    stored.set(r.id as string, r.hash);
    for (const id of r.linked as string[]) entities.add(id);
  }
  for (const l of snapshot.links) if (papers.has(l.paper)) entities.add(l.entity);
  const byLabel = new Map<EntityLabel, string[]>();
  for (const id of entities) {
    const label = ENTITY_LABELS[id.slice(0, id.indexOf(":")) as EntityType];
    if (!label) continue;
    const list = byLabel.get(label);
    if (list) list.push(id);
    else byLabel.set(label, [id]);
  }
  for (const [label, ids] of byLabel) {
    for (const r of await read(driver, database, READ_ENTITY_HASHES[label], { ids }))
      stored.set(r.id as string, r.hash);
  }
  return {
    hashes: contentHashes(snapshot, { paper: (id) => !papers.has(id), entity: (id) => !entities.has(id) }),
    stored,
    considered: byLabel,
  };
}

async function read(
  driver: Driver,
  database: string,
  query: string,
  params: Record<string, unknown>,
): Promise<Record<string, unknown>[]> {
  try {
    const res = await driver.executeQuery(query, params, { database, routing: "READ" });
    return res.records.map((r) => r.toObject());
  } catch (err) {
    throw toStoreError(err);
  }
}
