import {
  AREA_LABEL,
  DERIVED_EDGE_TYPES,
  ENTITY_LABEL_LIST,
  ENTITY_LABELS,
  type GraphAnalytics,
  type GraphSnapshot,
  IN_COMMUNITY,
  NODE_LABELS,
  RELATIONSHIP_TYPES,
  SNAPSHOT_LABEL,
} from "@paperkg/core";

const GROUP_LINKS = DERIVED_EDGE_TYPES.links;

/**
 * neo4j-admin's array delimiter in these files: the ASCII unit separator, which no title, abstract or
 * evidence sentence holds (one that did would have it turned into a space).
 */
export const ADMIN_ARRAY_DELIMITER = "\u001f";

const field = (value: unknown): string => {
  if (value === null || value === undefined) return "";
  const clean = (v: unknown) => String(v).replaceAll(ADMIN_ARRAY_DELIMITER, " ");
  const text = Array.isArray(value) ? value.map(clean).join(ADMIN_ARRAY_DELIMITER) : clean(value);
  return /[",\n\r]/.test(text) || text === "" ? `"${text.replace(/"/g, '""')}"` : text;
};
const row = (values: unknown[]) => `${values.map(field).join(",")}\n`;

export interface AdminImportFile {
  name: string;
  /** `nodes` or `relationships`: which neo4j-admin option reads it. */
  kind: "nodes" | "relationships";
  lines: () => Generator<string>;
}

/**
 * A list property that neo4j-admin leaves out when it is empty, where ingest stores `[]`: the
 * importer sets it afterwards on every node with `label` (or relationship of type `label`) lacking it.
 */
export interface AdminEmptyList {
  kind: "nodes" | "relationships";
  label: string;
  property: string;
}

/** Every list property of the files `neo4jAdminImport` writes, by the labels and types carrying it. */
export const ADMIN_EMPTY_LISTS: readonly AdminEmptyList[] = [
  ...["authors", "categories", "codeUrls", "sources"].map((property) => ({
    kind: "nodes" as const,
    label: NODE_LABELS.paper,
    property,
  })),
  ...ENTITY_LABEL_LIST.map((label) => ({ kind: "nodes" as const, label, property: "aliases" })),
  { kind: "nodes", label: NODE_LABELS.community, property: "topTerms" },
  { kind: "nodes", label: AREA_LABEL, property: "topTerms" },
  { kind: "nodes", label: SNAPSHOT_LABEL, property: "inputs" },
  ...RELATIONSHIP_TYPES.flatMap((label) =>
    ["evidence", "spans"].map((property) => ({ kind: "relationships" as const, label, property })),
  ),
];

/** What the one `(:Snapshot)` of a bulk-loaded graph records, as `paperkg ingest` would have. */
export interface AdminImportSnapshot {
  inputs: readonly string[];
  /** Papers read from the inputs (before merging duplicates). */
  inputCount: number;
  /** The analytics settings as ingest keeps them (JSON text). */
  settings: string;
  /** When the export ran (epoch milliseconds). */
  at: number;
  /**
   * The snapshot's identity, as ingest gives each of its snapshots a random one: a fresh value per
   * export, so no extract-cache folder's ingest marks take the imported database for their own load.
   */
  nonce: string;
}

/**
 * What each paper (with its links) and entity is written from, as `paperkg ingest` records it
 * (`contentHash`, the store's `contentHashes`): with them, the first ingest after a bulk load
 * writes only what changed instead of every row.
 */
export interface AdminImportHashes {
  papers: ReadonlyMap<string, string>;
  entities: ReadonlyMap<string, string>;
}

/** Every snapshot-numbered node of a bulk load was first seen in its one snapshot. */
const FIRST_SEEN = 1;

/**
 * CSV files with typed headers for `neo4j-admin database import full`, the bulk path for millions
 * of papers: the same nodes, labels, properties and relationships `paperkg ingest` writes into an
 * empty database — papers, entities and their links, communities, areas, their stored `LINKS`,
 * `IN_COMMUNITY`, hub flags, and one completed `(:Snapshot)`. Ids of communities, areas and
 * snapshots live in their own id spaces and are not stored twice (an `:ID` column without a name).
 * Reference: https://neo4j.com/docs/operations-manual/5/import/header-format/
 */
export function neo4jAdminImport(
  snapshot: GraphSnapshot,
  analytics: GraphAnalytics,
  ingest: AdminImportSnapshot,
  hashes?: AdminImportHashes,
): AdminImportFile[] {
  const placed = new Map(analytics.placements.map((p) => [p.id, p]));
  const place = (id: string) => {
    const p = placed.get(id);
    return [p?.community ?? 0, p?.x ?? 0, p?.y ?? 0, p?.pagerank ?? 0, p?.hub ?? false, FIRST_SEEN];
  };
  const PLACE_HEADER = "community:int,x:double,y:double,pagerank:double,hub:boolean,firstSeen:int";
  const groupLinks = (
    name: string,
    group: "Community" | "Area",
    links: GraphAnalytics["communityLinks"],
  ) => ({
    name,
    kind: "relationships" as const,
    *lines() {
      yield `:START_ID(${group}),:END_ID(${group}),:TYPE,weight:double,strength:double\n`;
      for (const l of links) yield row([l.source, l.target, GROUP_LINKS, l.weight, l.strength]);
    },
  });
  return [
    {
      name: "papers.csv",
      kind: "nodes",
      *lines() {
        yield `id:ID(Node),:LABEL,title,abstract,published,dateText,authors:string[],authorsCount:int,upvotes:int,organization,arxivId,categories:string[],comment,codeUrl,codeUrls:string[],sources:string[],${PLACE_HEADER}${hashes ? ",contentHash" : ""}\n`;
        for (const p of snapshot.papers) {
          yield row([
            p.id,
            NODE_LABELS.paper,
            p.title,
            p.abstract,
            p.published,
            p.dateText,
            p.authors,
            p.authorsCount,
            p.upvotes,
            p.organization,
            p.arxivId,
            p.categories,
            p.comment ?? null,
            p.codeUrl,
            p.codeUrls,
            p.sources,
            ...place(p.id),
            ...(hashes ? [hashes.papers.get(p.id) ?? null] : []),
          ]);
        }
      },
    },
    {
      name: "entities.csv",
      kind: "nodes",
      *lines() {
        yield `id:ID(Node),:LABEL,name,type,aliases:string[],aliasesText,family,paperCount:int,${PLACE_HEADER}${hashes ? ",contentHash" : ""}\n`;
        for (const e of snapshot.entities) {
          yield row([
            e.id,
            ENTITY_LABELS[e.type],
            e.name,
            e.type,
            e.aliases,
            e.aliases.join(" "),
            e.family,
            e.paperCount,
            ...place(e.id),
            ...(hashes ? [hashes.entities.get(e.id) ?? null] : []),
          ]);
        }
      },
    },
    {
      name: "communities.csv",
      kind: "nodes",
      *lines() {
        yield ":ID(Community),:LABEL,id:int,community:int,label,size:int,papers:int,topTerms:string[],area:int,x:double,y:double,firstSeen:int\n";
        for (const c of analytics.communities) {
          yield row([
            c.id,
            NODE_LABELS.community,
            c.id,
            c.id,
            c.label,
            c.size,
            c.papers,
            c.topTerms,
            c.area,
            c.x,
            c.y,
            FIRST_SEEN,
          ]);
        }
      },
    },
    {
      name: "areas.csv",
      kind: "nodes",
      *lines() {
        yield ":ID(Area),:LABEL,id:int,label,size:int,papers:int,topTerms:string[],communities:int,x:double,y:double\n";
        for (const a of analytics.areas) {
          yield row([a.id, AREA_LABEL, a.id, a.label, a.size, a.papers, a.topTerms, a.communities, a.x, a.y]);
        }
      },
    },
    {
      name: "snapshots.csv",
      kind: "nodes",
      *lines() {
        yield ":ID(Snapshot),:LABEL,id,seq:int,at:long,finishedAt:long,inputs:string[],inputCount:int,settings,analytics,complete:boolean,papers:int,entities:int,communities:int,nonce\n";
        yield row([
          `s${FIRST_SEEN}`,
          SNAPSHOT_LABEL,
          `s${FIRST_SEEN}`,
          FIRST_SEEN,
          ingest.at,
          ingest.at,
          ingest.inputs,
          ingest.inputCount,
          ingest.settings,
          // communities and layout computed from scratch, as a first ingest does
          "full",
          true,
          snapshot.papers.length,
          snapshot.entities.length,
          analytics.communities.length,
          ingest.nonce,
        ]);
      },
    },
    {
      name: "links.csv",
      kind: "relationships",
      *lines() {
        yield ":START_ID(Node),:END_ID(Node),:TYPE,evidence:string[],spans:string[],confidence:double,rule,metric,value,results\n";
        for (const l of snapshot.links) {
          yield row([
            l.paper,
            l.entity,
            l.type,
            l.evidence,
            l.spans,
            l.confidence,
            l.rule,
            l.metric,
            l.value,
            l.results?.length ? JSON.stringify(l.results) : null,
          ]);
        }
      },
    },
    {
      name: "in_community.csv",
      kind: "relationships",
      *lines() {
        yield ":START_ID(Node),:END_ID(Community),:TYPE\n";
        for (const p of analytics.placements) yield row([p.id, p.community, IN_COMMUNITY]);
      },
    },
    groupLinks("community_links.csv", "Community", analytics.communityLinks),
    groupLinks("area_links.csv", "Area", analytics.areaLinks),
  ];
}
