import type {
  BenchmarkList,
  BenchmarkPapers,
  Changes,
  CommunityList,
  CypherResponse,
  ExportFormat,
  ExportSelector,
  FinderQuery,
  FinderResult,
  GraphPayload,
  GraphView,
  Health,
  Leaderboard,
  NodeDetail,
  NodePapers,
  PathResult,
  QueryValues,
  RelatedPapers,
  Rising,
  RisingQuery,
  SearchResult,
  SharedBenchmarks,
  TrendBucket,
  Trends,
} from "@paperkg/core";
import type { Filters } from "../core/filters/types.ts";

/**
 * What the explorer can do with the data source it runs on. The paperkg server can do everything;
 * a static offline site (`paperkg export --format site`) is read-only: no Cypher, no server exports,
 * no ingest history. Views hide what their source cannot do.
 */
export interface DataSourceCapabilities {
  cypher: boolean;
  export: boolean;
  changes: boolean;
  path: boolean;
  trends: boolean;
  /** The level above communities (`view=areas`); a static site opens on communities instead. */
  areas: boolean;
}

/**
 * Where the explorer's data comes from: the paperkg HTTP API (`httpSource`) or the files of a
 * static site (`staticSource`). Every answer has the API's shape from `@paperkg/core`, so views and
 * hooks call `api.<method>` and never know which source answers. A call a source cannot answer
 * rejects with an `ApiClientError`.
 */
export interface DataSource {
  readonly kind: "http" | "static";
  readonly capabilities: DataSourceCapabilities;
  health(signal?: AbortSignal): Promise<Health>;
  graph(view: GraphView, filters: Filters, signal?: AbortSignal): Promise<GraphPayload>;
  node(node: string, signal?: AbortSignal): Promise<NodeDetail>;
  /** The page of an entity's papers after `cursor` (a detail's or a page's `nextCursor`). */
  nodePapers(node: string, cursor: string, signal?: AbortSignal): Promise<NodePapers>;
  neighbors(node: string, depth: 1 | 2, limit?: number, signal?: AbortSignal): Promise<GraphPayload>;
  search(q: string, limit?: number, signal?: AbortSignal): Promise<SearchResult>;
  /** What the ingests after snapshot `since` added (null: what the last ingest added). */
  changes(since: string | null, signal?: AbortSignal): Promise<Changes>;
  communities(signal?: AbortSignal): Promise<CommunityList>;
  /** Benchmarks whose name or an alias holds `q` (all when empty), the `limit` with most papers, and how many match. */
  benchmarks(query: { q: string; limit: number }, signal?: AbortSignal): Promise<BenchmarkList>;
  benchmarkPapers(benchmark: string, signal?: AbortSignal): Promise<BenchmarkPapers>;
  leaderboard(benchmark: string, signal?: AbortSignal): Promise<Leaderboard>;
  trends(ids: readonly string[], bucket: TrendBucket, signal?: AbortSignal): Promise<Trends>;
  rising(type: RisingQuery["type"] | null, limit?: number, signal?: AbortSignal): Promise<Rising>;
  related(paper: string, signal?: AbortSignal): Promise<RelatedPapers>;
  sharedBenchmarks(paper: string, signal?: AbortSignal): Promise<SharedBenchmarks>;
  papers(values: QueryValues<FinderQuery>, signal?: AbortSignal): Promise<FinderResult>;
  path(from: string, to: string, signal?: AbortSignal): Promise<PathResult>;
  cypher(query: string, params?: Record<string, unknown>, signal?: AbortSignal): Promise<CypherResponse>;
  /** An export as a file, named as the source names it. */
  exportFile(format: ExportFormat, selector: ExportSelector): Promise<{ blob: Blob; name: string }>;
}
