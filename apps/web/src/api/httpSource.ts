import {
  BenchmarkList,
  BenchmarkPapers,
  BenchmarksQuery,
  Changes,
  ChangesQuery,
  CommunityList,
  CypherRequest,
  CypherResponse,
  type ExportFormat,
  ExportRequest,
  type ExportSelector,
  FinderQuery,
  FinderResult,
  GraphPayload,
  GraphQuery,
  type GraphView,
  Health,
  Leaderboard,
  NeighborsQuery,
  NodeDetail,
  NodePapers,
  NodePapersQuery,
  PackedCommunities,
  PathQuery,
  PathResult,
  type QueryValues,
  RelatedPapers,
  RelatedQuery,
  Rising,
  RisingQuery,
  SearchQuery,
  SearchResult,
  SharedBenchmarks,
  type TrendBucket,
  Trends,
  TrendsQuery,
  unpackCommunities,
} from "@paperkg/core";
import { graphRequest } from "../core/filters/graphRequest.ts";
import type { Filters } from "../core/filters/types.ts";
import { ApiClientError } from "./ApiClientError.ts";
import { apiUrl, checked } from "./apiUrl.ts";
import { fetchWithToken } from "./authToken.ts";
import type { DataSource } from "./DataSource.ts";
import { fetchJson } from "./fetchJson.ts";

const id = encodeURIComponent;

/**
 * The paperkg HTTP API as a `DataSource`. Queries are encoded with the request schemas in
 * @paperkg/core and every response is parsed with its response schema; each call returns a
 * promise, so a refused request arrives as a rejection like any other failure.
 */
export const httpSource: DataSource = {
  kind: "http",
  capabilities: { cypher: true, export: true, changes: true, path: true, trends: true, areas: true },
  health: async (signal?: AbortSignal) => fetchJson(Health, "/api/health", { signal }),
  graph: async (view: GraphView, filters: Filters, signal?: AbortSignal) => {
    // The overview comes in rows (a quarter of the bytes on the corpus) and is unpacked here.
    if (view === "communities") {
      const url = apiUrl("/api/graph", GraphQuery, { ...graphRequest(view, filters), packed: 1 });
      return unpackCommunities(await fetchJson(PackedCommunities, url, { signal }));
    }
    return fetchJson(GraphPayload, apiUrl("/api/graph", GraphQuery, graphRequest(view, filters)), { signal });
  },
  node: async (node: string, signal?: AbortSignal) =>
    fetchJson(NodeDetail, `/api/nodes/${id(node)}`, { signal }),
  /** The page of an entity's papers after `cursor` (a detail's or a page's `nextCursor`). */
  nodePapers: async (node: string, cursor: string, signal?: AbortSignal) =>
    fetchJson(NodePapers, apiUrl(`/api/nodes/${id(node)}/papers`, NodePapersQuery, { cursor }), { signal }),
  neighbors: async (node: string, depth: 1 | 2, limit = 2000, signal?: AbortSignal) =>
    fetchJson(GraphPayload, apiUrl(`/api/nodes/${id(node)}/neighbors`, NeighborsQuery, { depth, limit }), {
      signal,
    }),
  search: async (q: string, limit = 10, signal?: AbortSignal) =>
    fetchJson(SearchResult, apiUrl("/api/search", SearchQuery, { q, limit }), { signal }),
  /** What the ingests after snapshot `since` added (null: what the last ingest added). */
  changes: async (since: string | null, signal?: AbortSignal) =>
    fetchJson(Changes, apiUrl("/api/changes", ChangesQuery, { since, limit: 30 }), { signal }),
  communities: async (signal?: AbortSignal) => fetchJson(CommunityList, "/api/communities", { signal }),
  benchmarks: async (query: { q: string; limit: number }, signal?: AbortSignal) =>
    fetchJson(
      BenchmarkList,
      apiUrl("/api/benchmarks", BenchmarksQuery, { limit: query.limit, ...(query.q ? { q: query.q } : {}) }),
      { signal },
    ),
  benchmarkPapers: async (benchmark: string, signal?: AbortSignal) =>
    fetchJson(BenchmarkPapers, `/api/benchmarks/${id(benchmark)}/papers`, { signal }),
  leaderboard: async (benchmark: string, signal?: AbortSignal) =>
    fetchJson(Leaderboard, `/api/benchmarks/${id(benchmark)}/leaderboard`, { signal }),
  trends: async (ids: readonly string[], bucket: TrendBucket, signal?: AbortSignal) =>
    fetchJson(Trends, apiUrl("/api/trends", TrendsQuery, { ids, bucket }), { signal }),
  rising: async (type: RisingQuery["type"] | null, limit = 15, signal?: AbortSignal) =>
    fetchJson(Rising, apiUrl("/api/trends/rising", RisingQuery, { type: type ?? null, limit }), { signal }),
  related: async (paper: string, signal?: AbortSignal) =>
    fetchJson(RelatedPapers, apiUrl(`/api/papers/${id(paper)}/related`, RelatedQuery, { limit: 20 }), {
      signal,
    }),
  sharedBenchmarks: async (paper: string, signal?: AbortSignal) =>
    fetchJson(SharedBenchmarks, `/api/papers/${id(paper)}/shared-benchmarks`, { signal }),
  papers: async (values: QueryValues<FinderQuery>, signal?: AbortSignal) =>
    fetchJson(FinderResult, apiUrl("/api/papers", FinderQuery, values), { signal }),
  path: async (from: string, to: string, signal?: AbortSignal) =>
    fetchJson(PathResult, apiUrl("/api/path", PathQuery, { from, to, max: 6 }), { signal }),
  cypher: async (query: string, params: Record<string, unknown> = {}, signal?: AbortSignal) =>
    fetchJson(CypherResponse, "/api/cypher", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: checked("/api/cypher", () => JSON.stringify(CypherRequest.parse({ query, params }))),
      signal,
    }),
  exportFile: (format, selector) => fetchExport(format, selector),
};

/**
 * Fetch an export as a file (the server names it in Content-Disposition). Every selector goes in a
 * POST body: a view's ids would overflow a GET URL, and the server runs no Cypher from a GET.
 */
async function fetchExport(
  format: ExportFormat,
  selector: ExportSelector,
): Promise<{ blob: Blob; name: string }> {
  const init: RequestInit = {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: checked("/api/export", () => JSON.stringify(ExportRequest.parse({ format, selector }))),
  };
  let res: Response;
  try {
    res = await fetchWithToken("/api/export", init);
  } catch (cause) {
    throw new ApiClientError("network", "api: /api/export did not answer", { cause });
  }
  if (!res.ok) {
    const body = await res.json().catch(() => null);
    const message = body?.error?.message ?? `api: /api/export answered ${res.status}`;
    throw new ApiClientError("http", message, { status: res.status, serverCode: body?.error?.code ?? null });
  }
  const disposition = res.headers.get("content-disposition") ?? "";
  const name =
    /filename="?([^";]+)"?/.exec(disposition)?.[1] ?? `paperkg.${format === "cypher" ? "cypher" : format}`;
  return { blob: await res.blob(), name };
}
