import { z } from "zod";
import { ENTITY_TYPES, type EntityType, NodeKind } from "./kinds.ts";
import { ApiLink, NodeRef } from "./NodeDetail.ts";
import { ViewCypher } from "./ViewCypher.ts";

/** The answer's Cypher (see ViewCypher): the server sends it with every graph, list and table it shows. */
const cypher = ViewCypher.optional();

/**
 * The HTTP API's shapes, shared by the server (which validates what it sends) and the web app
 * (which parses what it receives). Graph payloads use graphology's serialisation format, so the
 * web app can `graph.import(payload)` directly.
 */

export const ApiNodeAttributes = z.object({
  label: z.string(),
  kind: NodeKind,
  community: z.number().int().nullable(),
  x: z.number(),
  y: z.number(),
  pagerank: z.number(),
  /** Papers linked to an entity, or members of a community node. */
  paperCount: z.number().int().nullable(),
  published: z.string().nullable(),
  /** An entity on a large share of the papers: the map draws it small (see the README, hubs). */
  hub: z.boolean().optional(),
  /** Community and area nodes: the area they belong to (an area node: its own id). */
  area: z.number().int().nullable().optional(),
});
export type ApiNodeAttributes = z.infer<typeof ApiNodeAttributes>;

export const ApiEdgeAttributes = z.object({
  /** Relationship type (`EVALUATES_ON`, …), `SHARES` for derived paper–paper links, `LINKS` between communities. */
  type: z.string(),
  weight: z.number(),
});
export type ApiEdgeAttributes = z.infer<typeof ApiEdgeAttributes>;

/**
 * What `/api/graph` draws: papers and entities (`bipartite`), papers alone linked by shared entities,
 * entities alone linked by co-occurrence, one node per community (`communities`, optionally one
 * area's), or one node per area (`areas`, the corpus overview).
 */
export const GraphView = z.enum(["bipartite", "papers", "entities", "communities", "areas"]);
export type GraphView = z.infer<typeof GraphView>;

export const GraphPayload = z.object({
  options: z.object({
    type: z.literal("undirected"),
    multi: z.literal(false),
    allowSelfLoops: z.literal(false),
  }),
  attributes: z.object({
    view: GraphView,
    truncated: z.boolean(),
    /** Nodes the database holds for this selection before `limit`. */
    totalNodes: z.number().int(),
  }),
  nodes: z.array(z.object({ key: z.string(), attributes: ApiNodeAttributes })),
  edges: z.array(
    z.object({ key: z.string(), source: z.string(), target: z.string(), attributes: ApiEdgeAttributes }),
  ),
  cypher,
});
export type GraphPayload = z.infer<typeof GraphPayload>;

/**
 * `GET /api/health`: whether Neo4j answers, and the graph's size as a researcher counts it —
 * papers, entities by kind, Paper → entity links, communities. Bookkeeping nodes (areas,
 * snapshots, the ingest lock) and links (`IN_COMMUNITY`, area links) are not counted.
 */
export const Health = z.object({
  status: z.enum(["ok", "degraded"]),
  neo4j: z.enum(["up", "down"]),
  /** Papers and entities: the nodes the map draws. */
  nodes: z.number().int(),
  papers: z.number().int(),
  entities: z.object(
    Object.fromEntries(ENTITY_TYPES.map((t) => [t, z.number().int()])) as Record<EntityType, z.ZodNumber>,
  ),
  /** Paper → entity relationships (every type in `RELATIONSHIP_TYPES`). */
  links: z.number().int(),
  communities: z.number().int(),
  /** The same as `links`, under the first API's name. */
  relationships: z.number().int(),
});
export type Health = z.infer<typeof Health>;

export const SearchHit = NodeRef.extend({ score: z.number(), snippet: z.string().nullable() });
export const SearchResult = z.object({ query: z.string(), results: z.array(SearchHit), cypher });
export type SearchResult = z.infer<typeof SearchResult>;

export const CommunityInfo = z.object({
  id: z.number().int(),
  label: z.string(),
  size: z.number().int(),
  papers: z.number().int(),
  topTerms: z.array(z.string()),
  /** Centroid on the map (null before the first layout): what `assignCommunityColors` reads. */
  x: z.number().nullable().optional(),
  y: z.number().nullable().optional(),
  /** The area (level above) holding the community, null when none. */
  area: z.number().int().nullable().optional(),
});
export const CommunityList = z.object({ communities: z.array(CommunityInfo), cypher });
export type CommunityList = z.infer<typeof CommunityList>;

export const BenchmarkInfo = z.object({
  id: z.string(),
  name: z.string(),
  aliases: z.array(z.string()),
  paperCount: z.number().int(),
});
/** `GET /api/benchmarks`: the first `limit` (most papers first) and how many match in all. */
export const BenchmarkList = z.object({
  benchmarks: z.array(BenchmarkInfo),
  total: z.number().int(),
  cypher,
});
export type BenchmarkList = z.infer<typeof BenchmarkList>;

export const BenchmarkPapers = z.object({
  benchmark: BenchmarkInfo,
  papers: z.array(
    z.object({ id: z.string(), title: z.string(), published: z.string().nullable(), link: ApiLink }),
  ),
  cypher,
});
export type BenchmarkPapers = z.infer<typeof BenchmarkPapers>;

export const SharedBenchmarks = z.object({
  paper: z.object({ id: z.string(), title: z.string() }),
  papers: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      /** Sum over shared benchmarks of 1 / log2(1 + paperCount): common benchmarks count less. */
      score: z.number(),
      shared: z.array(z.object({ id: z.string(), name: z.string() })),
    }),
  ),
  cypher,
});
export type SharedBenchmarks = z.infer<typeof SharedBenchmarks>;

export const PathHop = z.object({
  from: z.string(),
  to: z.string(),
  type: z.string(),
  evidence: z.array(z.string()),
});
export const PathResult = z.object({
  paths: z.array(z.object({ nodes: z.array(NodeRef), hops: z.array(PathHop) })),
  cypher,
});
export type PathResult = z.infer<typeof PathResult>;

export const CypherResponse = z.object({
  columns: z.array(z.string()),
  rows: z.array(z.record(z.string(), z.unknown())),
  graph: z.object({
    nodes: z.array(
      z.object({
        id: z.string(),
        labels: z.array(z.string()),
        properties: z.record(z.string(), z.unknown()),
      }),
    ),
    edges: z.array(
      z.object({
        id: z.string(),
        type: z.string(),
        source: z.string(),
        target: z.string(),
        properties: z.record(z.string(), z.unknown()),
      }),
    ),
  }),
  truncated: z.boolean(),
});
export type CypherResponse = z.infer<typeof CypherResponse>;

/** A facet entity a finder result matched. */
export const FinderMatch = z.object({ id: z.string(), name: z.string(), type: z.string() });
export type FinderMatch = z.infer<typeof FinderMatch>;

/** `GET /api/papers`: how many papers match, and one page of them. */
export const FinderResult = z.object({
  total: z.number().int(),
  papers: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      published: z.string().nullable(),
      authors: z.array(z.string()),
      matched: z.array(FinderMatch),
    }),
  ),
  cypher,
});
export type FinderResult = z.infer<typeof FinderResult>;

const PaperRef = z.object({ id: z.string(), title: z.string() });
const ResultSubject = z.object({ id: z.string(), name: z.string(), type: z.string() }).nullable();

/** One stated result in a leaderboard: who stated it, the number, the words, who got it. */
export const LeaderboardRow = z.object({
  paper: PaperRef,
  value: z.number(),
  unit: z.string().nullable(),
  raw: z.string(),
  subject: ResultSubject,
  published: z.string().nullable(),
});
export type LeaderboardRow = z.infer<typeof LeaderboardRow>;

/**
 * `GET /api/benchmarks/:id/leaderboard`: absolute results per metric, best first (`higherIsBetter`
 * null when the direction is not known: highest first); gains (`+8%`) apart, never ranked.
 */
export const Leaderboard = z.object({
  benchmark: BenchmarkInfo,
  metrics: z.array(
    z.object({ metric: z.string(), higherIsBetter: z.boolean().nullable(), rows: z.array(LeaderboardRow) }),
  ),
  improvements: z.array(LeaderboardRow.extend({ metric: z.string() })),
  cypher,
});
export type Leaderboard = z.infer<typeof Leaderboard>;

/** `GET /api/trends`: bucket labels (`2025-03`, `2025-Q1`, `2025`) and papers per bucket for each id. */
export const Trends = z.object({
  bucket: z.enum(["month", "quarter", "year"]),
  buckets: z.array(z.string()),
  series: z.array(z.object({ id: z.string(), name: z.string(), counts: z.array(z.number().int()) })),
  cypher,
});
export type Trends = z.infer<typeof Trends>;

const WindowShare = z.object({ papers: z.number().int(), share: z.number() });

/**
 * `GET /api/trends/rising`: share of dated papers linked to each entity in the last three months
 * (up to the newest paper) against the twelve months before; `growth` is the difference in share.
 */
export const Rising = z.object({
  window: z.object({
    recentFrom: z.string(),
    to: z.string(),
    priorFrom: z.string(),
    recentPapers: z.number().int(),
    priorPapers: z.number().int(),
  }),
  entities: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      type: z.string(),
      recent: WindowShare,
      prior: WindowShare,
      growth: z.number(),
    }),
  ),
  cypher,
});
export type Rising = z.infer<typeof Rising>;

/**
 * `GET /api/papers/:id/related`: papers sharing entities with this one, scored by the sum over
 * shared entities of 1 / log2(1 + paperCount) (rare entities count more; hubs are left out).
 */
export const RelatedPapers = z.object({
  paper: z.object({ id: z.string(), title: z.string() }),
  papers: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      published: z.string().nullable(),
      score: z.number(),
      shared: z.array(z.object({ id: z.string(), name: z.string(), type: z.string() })),
    }),
  ),
  cypher,
});
export type RelatedPapers = z.infer<typeof RelatedPapers>;
