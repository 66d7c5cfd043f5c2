import type { EntityType, SiteIndex, SiteManifest } from "@paperkg/core";

/**
 * A static site's index made queryable: row lookups by id and each entity's papers (newest
 * first). Built once, when the index file arrives; every static answer reads from it.
 */
export interface SiteDb {
  manifest: SiteManifest;
  /** The index with each entity's full id (`<type>:<key>`) restored. */
  index: SiteIndex & { entities: SiteIndex["entities"] & { id: string[] } };
  paperRow: Map<string, number>;
  entityRow: Map<string, number>;
  /** Per entity row: the rows of its papers, newest first (then by id). */
  papersOf: number[][];
  /** Number of relationship types: a link code is `entityRow * rels + relationship`. */
  rels: number;
  /** Rows of hub entities. */
  hubs: Set<number>;
}

export function openSiteDb(manifest: SiteManifest, stored: SiteIndex): SiteDb {
  const index = {
    ...stored,
    entities: {
      ...stored.entities,
      id: stored.entities.key.map((k, i) => `${stored.entities.type[i]}:${k}`),
    },
  };
  const rels = manifest.relationships.length;
  // Link codes arrive delta-encoded (see SiteIndex): make them absolute, in place, once.
  for (const codes of index.papers.links)
    for (let k = 1; k < codes.length; k++) codes[k] = (codes[k] ?? 0) + (codes[k - 1] ?? 0);
  const paperRow = new Map(index.papers.id.map((id, i) => [id, i]));
  const entityRow = new Map(index.entities.id.map((id, i) => [id, i]));
  const papersOf: number[][] = index.entities.id.map(() => []);
  const order = index.papers.id.map((_, i) => i).sort((a, b) => newestFirst(index, a, b));
  for (const p of order) {
    // Codes are ascending, so a paper's links to one entity (PROPOSES and USES, say) are adjacent.
    let last = -1;
    for (const code of index.papers.links[p] ?? []) {
      const e = Math.floor(code / rels);
      if (e !== last) papersOf[e]?.push(p);
      last = e;
    }
  }
  return { manifest, index, paperRow, entityRow, papersOf, rels, hubs: new Set(index.entities.hubs) };
}

/** Newest first by `published` (undated last), then by id. */
export function newestFirst(index: SiteIndex, a: number, b: number): number {
  const pa = index.papers.published[a] ?? "";
  const pb = index.papers.published[b] ?? "";
  if (pa !== pb) return pa < pb ? 1 : -1;
  const ia = index.papers.id[a] ?? "";
  const ib = index.papers.id[b] ?? "";
  return ia < ib ? 1 : ia > ib ? -1 : 0;
}

/** The distinct entity rows a paper links to, with the relationship of the first link to each. */
export function entitiesOfPaper(db: SiteDb, paper: number): { entity: number; rel: number }[] {
  const out: { entity: number; rel: number }[] = [];
  const seen = new Set<number>();
  for (const code of db.index.papers.links[paper] ?? []) {
    const entity = Math.floor(code / db.rels);
    if (seen.has(entity)) continue;
    seen.add(entity);
    out.push({ entity, rel: code % db.rels });
  }
  return out;
}

export const entityType = (db: SiteDb, row: number): EntityType => db.index.entities.type[row] ?? "concept";

/** An entity's other names (sparse in the index). */
export const aliasesOf = (db: SiteDb, row: number): string[] => db.index.entities.aliases[row] ?? [];
