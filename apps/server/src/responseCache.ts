import type { FastifyInstance, FastifyRequest } from "fastify";

/** Routes whose answers depend only on the graph, which changes only when an ingest runs. */
const CACHEABLE = /^\/api\/(graph|nodes|search|communities|benchmarks|papers|path)\b/;

export interface ResponseCacheOptions {
  ttlSeconds: number;
  maxEntries: number;
  /** Bytes of bodies held at most; a body over a quarter of it is not kept. */
  maxBytes: number;
}

interface Entry {
  at: number;
  type: string;
  body: string;
  bytes: number;
}

const cacheable = (req: FastifyRequest) => req.method === "GET" && CACHEABLE.test(req.routeOptions.url ?? "");

/**
 * The cache key of a request: the matched route, its decoded path parameters and its query
 * parameters sorted by name — so `/api/%6Eodes/x?b=1&a=2` and `/api/nodes/x?a=2&b=1` share an
 * entry, and no spelling of a URL grows the cache with copies of one answer.
 */
export function cacheKey(req: Pick<FastifyRequest, "routeOptions" | "params" | "query">): string {
  const sorted = (values: unknown) =>
    Object.entries((values ?? {}) as Record<string, unknown>)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => [k, Array.isArray(v) ? v.map(String) : String(v)]);
  return JSON.stringify([req.routeOptions.url, sorted(req.params), sorted(req.query)]);
}

/**
 * A small LRU of successful GET answers, for `ttlSeconds`, bounded in entries and bytes: the
 * graph is read-mostly, and the hubs people click (a popular benchmark, "large language model")
 * are the same for everyone. Errors and exports are never cached; a fresh ingest shows up after at
 * most `ttlSeconds`. Register it in the API context after the token check.
 */
export function registerResponseCache(app: FastifyInstance, options: ResponseCacheOptions): void {
  if (options.ttlSeconds <= 0 || options.maxEntries <= 0 || options.maxBytes <= 0) return;
  const entries = new Map<string, Entry>();
  let bytes = 0;
  const drop = (key: string) => {
    const entry = entries.get(key);
    if (!entry) return;
    entries.delete(key);
    bytes -= entry.bytes;
  };
  app.addHook("onRequest", async (req, reply) => {
    if (!cacheable(req)) return;
    const key = cacheKey(req);
    const hit = entries.get(key);
    if (!hit) return;
    drop(key);
    if (Date.now() - hit.at > options.ttlSeconds * 1000) return;
    entries.set(key, hit);
    bytes += hit.bytes;
    return reply.code(200).header("content-type", hit.type).header("x-paperkg-cache", "hit").send(hit.body);
  });
  app.addHook("onSend", async (req, reply, payload) => {
    if (!cacheable(req) || reply.statusCode !== 200) return payload;
    if (reply.getHeader("x-paperkg-cache") === "hit" || typeof payload !== "string") return payload;
    const size = Buffer.byteLength(payload);
    if (size > options.maxBytes / 4) return payload;
    const key = cacheKey(req);
    drop(key);
    entries.set(key, {
      at: Date.now(),
      type: String(reply.getHeader("content-type") ?? "application/json"),
      body: payload,
      bytes: size,
    });
    bytes += size;
    while (entries.size > options.maxEntries || bytes > options.maxBytes) drop(entries.keys().next().value!);
    return payload;
  });
}
