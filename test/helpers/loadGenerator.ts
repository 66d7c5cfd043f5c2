import { Agent, request } from "node:http";

export interface LoadRequest {
  method: "GET" | "POST";
  path: string;
  body?: string;
  /** Groups latencies in `LoadResult.byName` (e.g. the route). */
  name?: string;
}

export interface LoadResult {
  requests: number;
  errors: number;
  /** Status codes seen, with counts. */
  statuses: Record<number, number>;
  seconds: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  /** p50/p95 per `LoadRequest.name`, for requests that have one. */
  byName: Record<string, { requests: number; p50: number; p95: number }>;
}

const percentile = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : 0;

/**
 * `connections` clients, each sending requests back to back (cycling through `requests`, each
 * client starting at a different one) over keep-alive HTTP for `seconds`. Loopback only. Latencies
 * in ms; an error is a failed request or a status ≥ 400.
 */
export async function runLoad(
  baseUrl: string,
  requests: LoadRequest[],
  options: { connections: number; seconds: number; onSecond?: (second: number) => void },
): Promise<LoadResult> {
  const url = new URL(baseUrl);
  if (!["127.0.0.1", "localhost", "[::1]"].includes(url.hostname))
    throw new Error("load: loopback targets only");
  const agent = new Agent({ keepAlive: true, maxSockets: options.connections });
  const latencies: number[] = [];
  const named: Record<string, number[]> = {};
  const statuses: Record<number, number> = {};
  let errors = 0;
  const started = performance.now();
  const deadline = started + options.seconds * 1000;
  let second = 0;
  const ticker = setInterval(() => options.onSecond?.(++second), 1000);

  const one = (r: LoadRequest) =>
    new Promise<number>((resolve) => {
      const req = request(
        {
          host: url.hostname,
          port: url.port,
          path: r.path,
          method: r.method,
          agent,
          headers: r.body ? { "content-type": "application/json" } : {},
        },
        (res) => {
          res.resume();
          res.on("end", () => resolve(res.statusCode ?? 0));
        },
      );
      req.on("error", () => resolve(0));
      req.setTimeout(30_000, () => req.destroy());
      req.end(r.body);
    });

  await Promise.all(
    Array.from({ length: options.connections }, async (_, c) => {
      let i = c;
      while (performance.now() < deadline) {
        const r = requests[i++ % requests.length]!;
        const t0 = performance.now();
        const status = await one(r);
        const ms = performance.now() - t0;
        latencies.push(ms);
        if (r.name) {
          named[r.name] ??= [];
          named[r.name]!.push(ms);
        }
        statuses[status] = (statuses[status] ?? 0) + 1;
        if (status === 0 || status >= 400) errors++;
      }
    }),
  );
  clearInterval(ticker);
  agent.destroy();
  const seconds = (performance.now() - started) / 1000;
  const sorted = latencies.sort((a, b) => a - b);
  const round = (v: number) => Math.round(v * 10) / 10;
  return {
    requests: sorted.length,
    errors,
    statuses,
    seconds: round(seconds),
    rps: Math.round(sorted.length / seconds),
    p50: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    p99: round(percentile(sorted, 99)),
    max: round(sorted.at(-1) ?? 0),
    byName: Object.fromEntries(
      Object.entries(named).map(([name, xs]) => {
        const s = xs.sort((a, b) => a - b);
        return [name, { requests: s.length, p50: round(percentile(s, 50)), p95: round(percentile(s, 95)) }];
      }),
    ),
  };
}
