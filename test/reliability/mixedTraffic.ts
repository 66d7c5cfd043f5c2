import type { LoadRequest } from "../helpers/loadGenerator.ts";

/** A researcher's mix: the map, neighbourhoods, details, search, benchmarks, paths and Cypher. */
export function mixedTraffic(ids: { paper: string; benchmark: string; entity: string }): LoadRequest[] {
  const e = encodeURIComponent;
  return [
    { method: "GET", path: "/api/health" },
    { method: "GET", path: `/api/nodes/${e(ids.benchmark)}/neighbors?depth=1` },
    { method: "GET", path: `/api/nodes/${e(ids.paper)}` },
    { method: "GET", path: "/api/search?q=reinforcement%20learning" },
    { method: "GET", path: `/api/nodes/${e(ids.entity)}/neighbors?depth=2&limit=200` },
    { method: "GET", path: "/api/communities" },
    { method: "GET", path: "/api/search?q=gsm8k" },
    { method: "GET", path: `/api/papers/${e(ids.paper)}/shared-benchmarks` },
    { method: "GET", path: "/api/benchmarks" },
    { method: "GET", path: `/api/benchmarks/${e(ids.benchmark)}/papers` },
    { method: "GET", path: "/api/graph?limit=500" },
    {
      method: "POST",
      path: "/api/cypher",
      body: JSON.stringify({
        query: "MATCH (b:Benchmark) RETURN b.name, b.paperCount ORDER BY b.paperCount DESC LIMIT 10",
      }),
    },
  ];
}
