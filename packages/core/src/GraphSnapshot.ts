import { z } from "zod";
import { EntityType, RelationshipType } from "./kinds.ts";

/** A paper as stored: flat properties only (Neo4j has no nested maps). */
export const PaperNode = z.object({
  id: z.string().min(1),
  title: z.string(),
  abstract: z.string(),
  published: z.string().nullable(),
  dateText: z.string().nullable(),
  authors: z.array(z.string()),
  authorsCount: z.number().int().nullable(),
  upvotes: z.number().int().nullable(),
  organization: z.string().nullable(),
  arxivId: z.string().nullable(),
  categories: z.array(z.string()),
  /** The arXiv comment field; absent in graphs written before it was kept. */
  comment: z.string().nullish(),
  codeUrl: z.string().nullable(),
  codeUrls: z.array(z.string()),
  /** `file:line` of every block the paper came from. */
  sources: z.array(z.string()),
});
export type PaperNode = z.infer<typeof PaperNode>;

export const EntityNode = z.object({
  id: z.string().min(1),
  type: EntityType,
  name: z.string().min(1),
  aliases: z.array(z.string()),
  family: z.string().nullable(),
  paperCount: z.number().int().nonnegative(),
});
export type EntityNode = z.infer<typeof EntityNode>;

/** A stated result as a link keeps it: the model or method named in the same sentence as `subject`. */
export const LinkResult = z.object({
  metric: z.string(),
  value: z.string(),
  raw: z.string(),
  number: z.number().nullable(),
  unit: z.string().nullable(),
  relative: z.boolean(),
  subject: z.object({ id: z.string(), name: z.string(), type: z.string() }).nullable(),
});
export type LinkResult = z.infer<typeof LinkResult>;

/** Paper → entity, with the sentences and spans that prove it. */
export const PaperLink = z.object({
  paper: z.string().min(1),
  entity: z.string().min(1),
  type: RelationshipType,
  evidence: z.array(z.string()),
  /** `field:start-end` per mention, e.g. `abstract:812-817`. */
  spans: z.array(z.string()),
  confidence: z.number().min(0).max(1),
  rule: z.string(),
  /** The first absolute result stated for a benchmark link, else null. */
  metric: z.string().nullable(),
  value: z.string().nullable(),
  /** Every result stated for the link (benchmarks only); stored as JSON on the relationship. */
  results: z.array(LinkResult).optional(),
});
export type PaperLink = z.infer<typeof PaperLink>;

/** Everything an ingest writes before analytics. */
export interface GraphSnapshot {
  papers: PaperNode[];
  entities: EntityNode[];
  links: PaperLink[];
}

export const NodePlacement = z.object({
  id: z.string(),
  community: z.number().int().nonnegative(),
  x: z.number(),
  y: z.number(),
  pagerank: z.number(),
  /** On a large share of the papers: left out of community detection and layout, drawn small. */
  hub: z.boolean(),
});
export type NodePlacement = z.infer<typeof NodePlacement>;

export const CommunitySummary = z.object({
  id: z.number().int().nonnegative(),
  label: z.string(),
  size: z.number().int().nonnegative(),
  papers: z.number().int().nonnegative(),
  topTerms: z.array(z.string()),
  /** The area (level above communities) this community belongs to. */
  area: z.number().int().nonnegative(),
  /** Centroid of the members' layout positions. */
  x: z.number(),
  y: z.number(),
});
export type CommunitySummary = z.infer<typeof CommunitySummary>;

/** The level above communities: a few dozen labelled areas on a corpus. */
export const AreaSummary = z.object({
  id: z.number().int().nonnegative(),
  label: z.string(),
  size: z.number().int().nonnegative(),
  papers: z.number().int().nonnegative(),
  topTerms: z.array(z.string()),
  communities: z.number().int().nonnegative(),
  x: z.number(),
  y: z.number(),
});
export type AreaSummary = z.infer<typeof AreaSummary>;

/**
 * A link between two communities (or two areas), `source < target`: `weight` sums the member links
 * between them, `strength` = weight / √(size·size) so big groups do not win every link.
 */
export const GroupLink = z.object({
  source: z.number().int().nonnegative(),
  target: z.number().int().nonnegative(),
  weight: z.number().nonnegative(),
  strength: z.number().nonnegative(),
});
export type GroupLink = z.infer<typeof GroupLink>;

/** Communities, layout and centrality of the whole graph. */
export interface GraphAnalytics {
  placements: NodePlacement[];
  communities: CommunitySummary[];
  areas: AreaSummary[];
  /** Each community's strongest links (candidates for the communities view, see strongestLinks). */
  communityLinks: GroupLink[];
  /** Each area's strongest links. */
  areaLinks: GroupLink[];
  modularity: number;
}

/** A subgraph to export: nodes with their labels and properties, edges with theirs. */
export interface ExportNode {
  id: string;
  labels: string[];
  properties: Record<string, unknown>;
}
export interface ExportEdge {
  id: string;
  type: string;
  source: string;
  target: string;
  properties: Record<string, unknown>;
}
export interface ExportGraph {
  nodes: ExportNode[];
  edges: ExportEdge[];
}
