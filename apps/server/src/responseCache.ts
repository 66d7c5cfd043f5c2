import type { FastifyInstance } from "fastify";

/** Routes whose answers depend only on the graph, which changes only when an ingest runs. */
const CACHEABLE = /^\/api\/(graph|nodes|search|communities|benchmarks|papers|path)\b/;

interface Entry {
  at: number;
  status: number;
  type: string;
  body: string;
}

/**
 * A small LRU of successful GET answers, for `ttlSeconds`: the graph is read-mostly, and the
 * hubs people click (a popular benchmark, "large language model") are the same for everyone.
 * Errors and exports are never cached; a fresh ingest shows up after at most `ttlSeconds`.
 */
export function registerResponseCache(
  app: FastifyInstance,
  options: { ttlSeconds: number; maxEntries: number },
): void {
  if (options.ttlSeconds <= 0 || options.maxEntries <= 0) return;
  const entries = new Map<string, Entry>();
  app.addHook("onRequest", async (req, reply) => {
    if (req.method !== "GET" || !CACHEABLE.test(req.url)) return;
    const hit = entries.get(req.url);
    if (!hit) return;
    if (Date.now() - hit.at > options.ttlSeconds * 1000) {
      entries.delete(req.url);
      return;
    }
    entries.delete(req.url);
    entries.set(req.url, hit);
    return reply
      .code(hit.status)
      .header("content-type", hit.type)
      .header("x-paperkg-cache", "hit")
      .send(hit.body);
  });
  app.addHook("onSend", async (req, reply, payload) => {
    if (req.method !== "GET" || !CACHEABLE.test(req.url) || reply.statusCode !== 200) return payload;
    if (reply.getHeader("x-paperkg-cache") === "hit" || typeof payload !== "string") return payload;
    entries.set(req.url, {
      at: Date.now(),
      status: 200,
      type: String(reply.getHeader("content-type") ?? "application/json"),
      body: payload,
    });
    if (entries.size > options.maxEntries) entries.delete(entries.keys().next().value!);
    return payload;
  });
}
