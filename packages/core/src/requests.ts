import { z } from "zod";
import { GraphView } from "./api.ts";
import { EntityType, MEMBER_KINDS, type MemberKind } from "./kinds.ts";
import { MAX_VIEW_LINKS } from "./strongestLinks.ts";

/**
 * What each API endpoint accepts, shared by the server (which parses requests with these schemas)
 * and the web app (which builds query strings with `encodeQuery` against the same schemas).
 * Query-string values arrive as text, so numbers are coerced.
 */

/** An integer query parameter in [min, max], `fallback` when absent. */
export const intParam = (min: number, max: number, fallback: number) =>
  z.coerce.number().int().min(min).max(max).default(fallback);

/** A node id in a path or query parameter. */
export const NodeId = z.string().min(1).max(500);

/** A community id (the integer in `community:<n>`). */
export const CommunityId = z.coerce.number().int().min(0).max(1_000_000);

const allowedKinds = new Set<string>(MEMBER_KINDS);

/** `types=paper,benchmark`: a comma-separated list of node kinds; absent or empty means all. */
export const TypesParam = z
  .string()
  .max(200)
  .optional()
  .transform((s, ctx) => {
    if (!s) return [];
    const types = s
      .split(",")
      .map((t) => t.trim())
      .filter(Boolean);
    for (const t of types) {
      if (!allowedKinds.has(t)) {
        ctx.addIssue({ code: "custom", message: `unknown type "${t}"; use ${MEMBER_KINDS.join(", ")}` });
        return z.NEVER;
      }
    }
    return types as MemberKind[];
  });

/** A date bound: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export const DateParam = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "expected YYYY, YYYY-MM or YYYY-MM-DD")
  .optional();

/** `:id` in `/api/nodes/:id`, `/api/benchmarks/:id/papers`, `/api/papers/:id/shared-benchmarks`. */
export const IdParams = z.object({ id: NodeId });

/** `GET /api/graph`. */
export const GraphQuery = z.object({
  view: GraphView.default("bipartite"),
  types: TypesParam,
  community: CommunityId.optional(),
  /** Communities view: only the communities of this area. */
  area: CommunityId.optional(),
  /** Communities view: links drawn per community (default DEFAULT_VIEW_LINKS). */
  links: z.coerce.number().int().min(0).max(MAX_VIEW_LINKS).optional(),
  /** Communities view: 1 answers in rows (`PackedCommunities`), a quarter of the bytes. */
  packed: z.coerce.number().int().min(0).max(1).optional(),
  from: DateParam,
  to: DateParam,
  minDegree: intParam(0, 100_000, 0),
  limit: intParam(1, 50_000, 5_000),
});
export type GraphQuery = z.infer<typeof GraphQuery>;

/** `GET /api/nodes/:id/neighbors`. */
export const NeighborsQuery = z.object({
  depth: z.coerce
    .number()
    .pipe(z.union([z.literal(1), z.literal(2)]))
    .default(1),
  types: TypesParam,
  limit: intParam(1, 5_000, 500),
});
export type NeighborsQuery = z.infer<typeof NeighborsQuery>;

/** `GET /api/nodes/:id/papers` (and the first page in `GET /api/nodes/:id`). */
export const NodePapersQuery = z.object({
  limit: intParam(1, 500, 50),
  cursor: z.string().max(600).optional(),
});
export type NodePapersQuery = z.infer<typeof NodePapersQuery>;

/** `GET /api/search`. */
export const SearchQuery = z.object({
  q: z.string().trim().min(1, "search text is empty").max(500),
  limit: intParam(1, 100, 20),
});
export type SearchQuery = z.infer<typeof SearchQuery>;

/** `GET /api/path`. */
export const PathQuery = z.object({
  from: NodeId,
  to: NodeId,
  max: intParam(1, 10, 6),
  limit: intParam(1, 50, 5),
});
export type PathQuery = z.infer<typeof PathQuery>;

/** `GET /api/benchmarks`. */
export const BenchmarksQuery = z.object({
  limit: intParam(1, 10_000, 500),
  /** Keep benchmarks whose name or an alias holds this text (case aside). */
  q: z.string().trim().max(200).optional(),
});
export type BenchmarksQuery = z.infer<typeof BenchmarksQuery>;

/** `GET /api/papers/:id/shared-benchmarks`. */
export const SharedBenchmarksQuery = z.object({ limit: intParam(1, 10_000, 100) });
export type SharedBenchmarksQuery = z.infer<typeof SharedBenchmarksQuery>;

/** `POST /api/cypher` body. */
export const CypherRequest = z.object({
  query: z.string().min(1).max(20_000),
  params: z.record(z.string(), z.unknown()).default({}),
});
export type CypherRequest = z.infer<typeof CypherRequest>;

export const EXPORT_FORMATS = ["gexf", "graphml", "json", "csv", "cypher"] as const;
export const ExportFormat = z.enum(EXPORT_FORMATS);
export type ExportFormat = z.infer<typeof ExportFormat>;

/** Most ids one `ids` export takes: a POST with more is refused; a GET drops the rest. */
export const MAX_EXPORT_IDS = 50_000;

/** What an export covers: one node's neighbourhood, a community, a benchmark and its papers, listed ids, or a query. */
export const ExportSelector = z.discriminatedUnion("type", [
  z.object({ type: z.literal("node"), id: NodeId, depth: z.number().int().min(1).max(3) }),
  z.object({ type: z.literal("community"), community: z.number().int().min(0).max(1_000_000) }),
  z.object({ type: z.literal("benchmark"), id: NodeId }),
  z.object({
    type: z.literal("ids"),
    ids: z
      .array(z.string().max(200))
      .max(MAX_EXPORT_IDS, `at most ${MAX_EXPORT_IDS} ids; export a community or a Cypher selection instead`),
  }),
  z.object({
    type: z.literal("cypher"),
    query: z.string().min(1).max(20_000),
    /** The query's parameters (a view's Cypher is parameterised). */
    params: z.record(z.string(), z.unknown()).optional(),
  }),
]);
export type ExportSelector = z.infer<typeof ExportSelector>;

const SELECTOR_PARAMS = ["node", "community", "benchmark", "ids", "cypher"] as const;

/** `GET /api/export`: a format and exactly one selector parameter, parsed into an `ExportSelector`. */
export const ExportQuery = z
  .object({
    format: ExportFormat,
    node: NodeId.optional(),
    depth: intParam(1, 3, 1),
    community: CommunityId.optional(),
    benchmark: NodeId.optional(),
    ids: z.string().max(200_000).optional(),
    cypher: z.string().max(20_000).optional(),
  })
  .transform((q, ctx): { format: ExportFormat; selector: ExportSelector } => {
    const given = SELECTOR_PARAMS.filter((name) => q[name] !== undefined);
    if (given.length !== 1) {
      ctx.addIssue({
        code: "custom",
        path: ["selector"],
        message: `give exactly one of ${SELECTOR_PARAMS.join(", ")}`,
      });
      return z.NEVER;
    }
    const selector: ExportSelector =
      q.node !== undefined
        ? { type: "node", id: q.node, depth: q.depth }
        : q.community !== undefined
          ? { type: "community", community: q.community }
          : q.benchmark !== undefined
            ? { type: "benchmark", id: q.benchmark }
            : q.ids !== undefined
              ? { type: "ids", ids: splitIds(q.ids) }
              : { type: "cypher", query: q.cypher ?? "" };
    return { format: q.format, selector };
  });
export type ExportQuery = z.infer<typeof ExportQuery>;

/**
 * `POST /api/export`: a format and a selector as JSON. A Cypher selector is taken only here, never
 * from a GET query string that any page's `<img>` could send.
 */
export const ExportRequest = z.object({ format: ExportFormat, selector: ExportSelector });
export type ExportRequest = z.infer<typeof ExportRequest>;

function splitIds(text: string): string[] {
  return text
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean)
    .slice(0, MAX_EXPORT_IDS);
}

/** Most ids one finder facet takes. */
export const MAX_FACET_IDS = 20;

/**
 * A facet of `GET /api/papers`: entity ids, the parameter repeated (`method=a&method=b`) or
 * comma-separated (`method=a,b`, what `encodeQuery` writes), or both; duplicates dropped.
 */
export const FacetIds = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((value, ctx) => {
    const ids = [
      ...new Set(
        (Array.isArray(value) ? value : value === undefined ? [] : [value])
          .flatMap((v) => v.split(","))
          .map((s) => s.trim())
          .filter(Boolean),
      ),
    ];
    if (ids.length > MAX_FACET_IDS) {
      ctx.addIssue({ code: "custom", message: `at most ${MAX_FACET_IDS} ids` });
      return z.NEVER;
    }
    if (ids.some((id) => id.length > 500)) {
      ctx.addIssue({ code: "custom", message: "an id is longer than 500 characters" });
      return z.NEVER;
    }
    return ids;
  });

/** Community ids for the finder: integers, repeated or comma-separated. */
export const CommunityIds = FacetIds.transform((ids, ctx) => {
  const out: number[] = [];
  for (const id of ids) {
    const n = /^\d{1,7}$/.test(id) ? Number(id) : Number.NaN;
    if (!Number.isSafeInteger(n)) {
      ctx.addIssue({ code: "custom", message: `"${id}" is not a community id (a non-negative integer)` });
      return z.NEVER;
    }
    out.push(n);
  }
  return out;
});

export const FINDER_SORTS = ["date", "pagerank", "title"] as const;
export const FinderSort = z.enum(FINDER_SORTS);
export type FinderSort = z.infer<typeof FinderSort>;

/** Most papers one finder page returns. */
export const MAX_FINDER_LIMIT = 500;

/**
 * `GET /api/papers`: papers matching every facet id (AND across facets and within one), a date
 * range over `published`, and full text `q`; sorted, paginated. `from` after `to` is refused.
 */
export const FinderQuery = z
  .object({
    benchmark: FacetIds,
    method: FacetIds,
    model: FacetIds,
    task: FacetIds,
    concept: FacetIds,
    community: CommunityIds,
    from: DateParam,
    to: DateParam,
    q: z.string().trim().max(500).optional(),
    sort: FinderSort.default("date"),
    limit: intParam(1, MAX_FINDER_LIMIT, 50),
    offset: intParam(0, 1_000_000, 0),
  })
  .superRefine((q, ctx) => {
    if (q.from && q.to && dateRangeStart(q.from) > dateRangeEnd(q.to)) {
      ctx.addIssue({ code: "custom", path: ["from"], message: `"from" (${q.from}) is after "to" (${q.to})` });
    }
  });
export type FinderQuery = z.infer<typeof FinderQuery>;

/** The first day a `DateParam` covers (`2024` → `2024-01-01`). */
export function dateRangeStart(date: string): string {
  return date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
}

/** The last day a `DateParam` covers, as an inclusive string bound (`2024-02` → `2024-02-31`). */
export function dateRangeEnd(date: string): string {
  return date.length === 4 ? `${date}-12-31` : date.length === 7 ? `${date}-31` : date;
}

export const TREND_BUCKETS = ["month", "quarter", "year"] as const;
export const TrendBucket = z.enum(TREND_BUCKETS);
export type TrendBucket = z.infer<typeof TrendBucket>;

/** `GET /api/trends`: papers per time bucket for entity ids or `community:<n>` keys (1–10, comma-separated). */
export const TrendsQuery = z.object({
  ids: FacetIds.refine((ids) => ids.length > 0 && ids.length <= 10, "give 1 to 10 ids"),
  bucket: TrendBucket.default("month"),
});
export type TrendsQuery = z.infer<typeof TrendsQuery>;

/** `GET /api/trends/rising`: entities whose share of papers grew most; `type` limits them to one kind. */
export const RisingQuery = z.object({
  type: EntityType.optional(),
  limit: intParam(1, 100, 20),
  /** Fewest papers in the recent window for an entity to count (noise floor). */
  minPapers: intParam(1, 1000, 3),
});
export type RisingQuery = z.infer<typeof RisingQuery>;

/** A snapshot id as ingest writes it (`s12`: the 12th ingest into this database). */
export const SnapshotId = z.string().regex(/^s\d{1,9}$/, "expected a snapshot id like s3");

/** `GET /api/changes`: what ingests after snapshot `since` added (default: what the last one added). */
export const ChangesQuery = z.object({
  since: SnapshotId.optional(),
  limit: intParam(1, 500, 50),
});
export type ChangesQuery = z.infer<typeof ChangesQuery>;

/** `GET /api/papers/:id/related`. */
export const RelatedQuery = z.object({ limit: intParam(1, 100, 20) });
export type RelatedQuery = z.infer<typeof RelatedQuery>;
