import {
  BenchmarkList,
  BenchmarkPapers,
  CommunityList,
  CypherResponse,
  type ExportFormat,
  GraphPayload,
  type GraphView,
  Health,
  NodeDetail,
  PathResult,
  SearchResult,
  SharedBenchmarks,
} from "@paperkg/core";
import type { ExportSelector } from "../core/export/types.ts";
import { graphQuery } from "../core/filters/graphQuery.ts";
import type { Filters } from "../core/filters/types.ts";
import { ApiClientError } from "./ApiClientError.ts";
import { fetchJson } from "./fetchJson.ts";

const id = encodeURIComponent;

/** Typed calls to the paperkg HTTP API; every response is parsed with the schemas in @paperkg/core. */
export const api = {
  health: (signal?: AbortSignal) => fetchJson(Health, "/api/health", { signal }),
  graph: (view: GraphView, filters: Filters, signal?: AbortSignal) =>
    fetchJson(GraphPayload, `/api/graph?${graphQuery(view, filters)}`, { signal }),
  node: (node: string, signal?: AbortSignal) => fetchJson(NodeDetail, `/api/nodes/${id(node)}`, { signal }),
  neighbors: (node: string, depth: 1 | 2, limit = 2000, signal?: AbortSignal) =>
    fetchJson(GraphPayload, `/api/nodes/${id(node)}/neighbors?depth=${depth}&limit=${limit}`, { signal }),
  search: (q: string, limit = 10, signal?: AbortSignal) =>
    fetchJson(SearchResult, `/api/search?q=${id(q)}&limit=${limit}`, { signal }),
  communities: (signal?: AbortSignal) => fetchJson(CommunityList, "/api/communities", { signal }),
  benchmarks: (signal?: AbortSignal) => fetchJson(BenchmarkList, "/api/benchmarks", { signal }),
  benchmarkPapers: (benchmark: string, signal?: AbortSignal) =>
    fetchJson(BenchmarkPapers, `/api/benchmarks/${id(benchmark)}/papers`, { signal }),
  sharedBenchmarks: (paper: string, signal?: AbortSignal) =>
    fetchJson(SharedBenchmarks, `/api/papers/${id(paper)}/shared-benchmarks`, { signal }),
  path: (from: string, to: string, signal?: AbortSignal) =>
    fetchJson(PathResult, `/api/path?from=${id(from)}&to=${id(to)}&max=6`, { signal }),
  cypher: (query: string, params: Record<string, unknown> = {}, signal?: AbortSignal) =>
    fetchJson(CypherResponse, "/api/cypher", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query, params }),
      signal,
    }),
};

export function exportUrl(format: ExportFormat, selector: ExportSelector): string {
  const q = new URLSearchParams({ format });
  switch (selector.type) {
    case "ids":
      q.set("ids", selector.ids.join(","));
      break;
    case "node":
      q.set("node", selector.node);
      q.set("depth", String(selector.depth));
      break;
    case "community":
      q.set("community", String(selector.community));
      break;
    case "benchmark":
      q.set("benchmark", selector.benchmark);
      break;
    case "cypher":
      q.set("cypher", selector.query);
      break;
  }
  return `/api/export?${q}`;
}

/** Fetch an export as a file (the server names it in Content-Disposition). */
export async function fetchExport(
  format: ExportFormat,
  selector: ExportSelector,
): Promise<{ blob: Blob; name: string }> {
  const url = exportUrl(format, selector);
  let res: Response;
  try {
    res = await fetch(url);
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
