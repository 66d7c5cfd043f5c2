import {
  communityKey,
  ENTITY_LABELS,
  type GraphAnalytics,
  type GraphSnapshot,
  IN_COMMUNITY,
} from "@paperkg/core";

/** neo4j-admin's array delimiter in these files; a `|` inside a list element becomes `¦`. */
export const ADMIN_ARRAY_DELIMITER = "|";

const field = (value: unknown): string => {
  if (value === null || value === undefined) return "";
  const text = Array.isArray(value)
    ? value.map((v) => String(v).replaceAll(ADMIN_ARRAY_DELIMITER, "¦")).join(ADMIN_ARRAY_DELIMITER)
    : String(value);
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
 * CSV files with typed headers for `neo4j-admin database import full`, the bulk path for millions
 * of papers: same labels, properties and relationships as `paperkg ingest` writes.
 * Reference: https://neo4j.com/docs/operations-manual/5/tools/neo4j-admin/neo4j-admin-import/
 */
export function neo4jAdminImport(snapshot: GraphSnapshot, analytics: GraphAnalytics): AdminImportFile[] {
  const placed = new Map(analytics.placements.map((p) => [p.id, p]));
  const place = (id: string) => {
    const p = placed.get(id);
    return [p?.community ?? 0, p?.x ?? 0, p?.y ?? 0, p?.pagerank ?? 0];
  };
  return [
    {
      name: "papers.csv",
      kind: "nodes",
      *lines() {
        yield "id:ID(Node),:LABEL,title,abstract,published,dateText,authors:string[],authorsCount:int,upvotes:int,organization,arxivId,categories:string[],comment,codeUrl,codeUrls:string[],sources:string[],community:int,x:double,y:double,pagerank:double\n";
        for (const p of snapshot.papers) {
          yield row([
            p.id,
            "Paper",
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
          ]);
        }
      },
    },
    {
      name: "entities.csv",
      kind: "nodes",
      *lines() {
        yield "id:ID(Node),:LABEL,name,type,aliases:string[],aliasesText,family,paperCount:int,community:int,x:double,y:double,pagerank:double\n";
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
          ]);
        }
      },
    },
    {
      name: "communities.csv",
      kind: "nodes",
      *lines() {
        yield "key:ID(Community),:LABEL,id:int,community:int,label,size:int,papers:int,topTerms:string[],x:double,y:double\n";
        for (const c of analytics.communities) {
          yield row([
            communityKey(c.id),
            "Community",
            c.id,
            c.id,
            c.label,
            c.size,
            c.papers,
            c.topTerms,
            c.x,
            c.y,
          ]);
        }
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
        for (const p of analytics.placements) yield row([p.id, communityKey(p.community), IN_COMMUNITY]);
      },
    },
  ];
}
