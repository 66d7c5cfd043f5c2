import { z } from "zod";
import { EntityType, NodeKind } from "./kinds.ts";
import { ViewCypher } from "./ViewCypher.ts";

/** A node reference in API answers: enough to draw a chip and fetch the node. */
export const NodeRef = z.object({ id: z.string(), kind: NodeKind, label: z.string() });
export type NodeRef = z.infer<typeof NodeRef>;

/** One Paper → entity link as the API shows it, with its proof. */
export const ApiLink = z.object({
  type: z.string(),
  evidence: z.array(z.string()),
  /** Encoded spans (`abstract:812-817`); decode with `parseSpan`. */
  spans: z.array(z.string()),
  confidence: z.number().nullable(),
  rule: z.string().nullable(),
  metric: z.string().nullable(),
  value: z.string().nullable(),
});
export type ApiLink = z.infer<typeof ApiLink>;

/** Properties every analysed node carries (absent before analytics ran). */
const placement = {
  community: z.number().int().nullish(),
  x: z.number().nullish(),
  y: z.number().nullish(),
  pagerank: z.number().nullish(),
};

/** A `:Paper` node's stored properties (Neo4j leaves unset ones out). Unknown extra properties pass through. */
export const PaperProperties = z.looseObject({
  id: z.string(),
  title: z.string(),
  abstract: z.string().nullish(),
  published: z.string().nullish(),
  dateText: z.string().nullish(),
  authors: z.array(z.string()).nullish(),
  authorsCount: z.number().int().nullish(),
  upvotes: z.number().int().nullish(),
  organization: z.string().nullish(),
  arxivId: z.string().nullish(),
  categories: z.array(z.string()).nullish(),
  comment: z.string().nullish(),
  codeUrl: z.string().nullish(),
  codeUrls: z.array(z.string()).nullish(),
  /** Encoded sources (`file:line`); decode with `parseSource`. */
  sources: z.array(z.string()).nullish(),
  ...placement,
});
export type PaperProperties = z.infer<typeof PaperProperties>;

/** An entity node's stored properties. */
export const EntityProperties = z.looseObject({
  id: z.string(),
  type: EntityType,
  name: z.string(),
  aliases: z.array(z.string()).nullish(),
  family: z.string().nullish(),
  paperCount: z.number().int().nullish(),
  ...placement,
});
export type EntityProperties = z.infer<typeof EntityProperties>;

/** A `:Community` node's stored properties; `id` is the integer community id. */
export const CommunityProperties = z.looseObject({
  id: z.number().int(),
  label: z.string(),
  size: z.number().int().nullish(),
  papers: z.number().int().nullish(),
  topTerms: z.array(z.string()).nullish(),
  community: z.number().int().nullish(),
  x: z.number().nullish(),
  y: z.number().nullish(),
});
export type CommunityProperties = z.infer<typeof CommunityProperties>;

const detailNode = { id: z.string(), label: z.string(), community: z.number().int().nullable() };

/** The node of a detail answer, typed by kind: `node.kind === "paper"` narrows `node.properties`. */
export const DetailNode = z.discriminatedUnion("kind", [
  z.object({ ...detailNode, kind: z.literal("paper"), properties: PaperProperties }),
  z.object({ ...detailNode, kind: EntityType, properties: EntityProperties }),
  z.object({ ...detailNode, kind: z.literal("community"), properties: CommunityProperties }),
]);
export type DetailNode = z.infer<typeof DetailNode>;
export type PaperDetailNode = Extract<DetailNode, { kind: "paper" }>;
export type EntityDetailNode = Extract<DetailNode, { kind: EntityType }>;
export type CommunityDetailNode = Extract<DetailNode, { kind: "community" }>;

/** A paper linked to an entity, with the link's evidence. */
export const LinkedPaper = NodeRef.extend({ published: z.string().nullable(), link: ApiLink });
export type LinkedPaper = z.infer<typeof LinkedPaper>;

/**
 * One page of an entity's papers, newest first (`GET /api/nodes/:id/papers`): `total` papers in
 * all, `nextCursor` (opaque) fetches the page after this one, null on the last page.
 */
export const NodePapers = z.object({
  papers: z.array(LinkedPaper),
  total: z.number().int(),
  nextCursor: z.string().nullable(),
  /** The Cypher of this page: the entity's papers after the cursor's, newest first. */
  cypher: ViewCypher.optional(),
});
export type NodePapers = z.infer<typeof NodePapers>;

/** `GET /api/nodes/:id`. */
export const NodeDetail = z.object({
  node: DetailNode,
  /** For a paper: its entities with evidence. */
  entities: z.array(NodeRef.extend({ link: ApiLink })),
  /** For an entity: the first page of its papers (newest first) with evidence. */
  papers: z.array(LinkedPaper),
  /** For an entity: how many papers link to it in all (0 for a paper or community). */
  paperTotal: z.number().int(),
  /** For an entity with more papers than `papers` holds: the cursor of the next page. */
  nextCursor: z.string().nullable(),
  /** For an entity: entities that share papers with it, by count of shared papers. */
  cooccurring: z.array(NodeRef.extend({ count: z.number().int() })),
  /** The Cypher of the panel's list: a paper's entities, an entity's first page of papers. */
  cypher: ViewCypher.optional(),
});
export type NodeDetail = z.infer<typeof NodeDetail>;
