import { z } from "zod";
import { GraphView } from "./api.ts";
import { MEMBER_KINDS, type MemberKind } from "./kinds.ts";

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
export const BenchmarksQuery = z.object({ limit: intParam(1, 10_000, 5_000) });
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

/** Most ids one `ids` export takes; more are dropped. */
export const MAX_EXPORT_IDS = 20_000;

/** What an export covers: one node's neighbourhood, a community, a benchmark and its papers, listed ids, or a query. */
export const ExportSelector = z.discriminatedUnion("type", [
  z.object({ type: z.literal("node"), id: NodeId, depth: z.number().int().min(1).max(3) }),
  z.object({ type: z.literal("community"), community: z.number().int().min(0).max(1_000_000) }),
  z.object({ type: z.literal("benchmark"), id: NodeId }),
  z.object({ type: z.literal("ids"), ids: z.array(z.string()) }),
  z.object({ type: z.literal("cypher"), query: z.string().min(1).max(20_000) }),
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

function splitIds(text: string): string[] {
  return text
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean)
    .slice(0, MAX_EXPORT_IDS);
}
