import { existsSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import rateLimit from "@fastify/rate-limit";
import fastifyStatic from "@fastify/static";
import Fastify, { type FastifyInstance } from "fastify";
import type { Driver } from "neo4j-driver";
import type { ApiContext } from "./apiContext.ts";
import { HttpError, toHttpError } from "./HttpError.ts";
import { registerResponseCache } from "./responseCache.ts";
import { registerCatalogRoutes } from "./routes/catalog.ts";
import { registerCypherRoute } from "./routes/cypher.ts";
import { registerExportRoute } from "./routes/export.ts";
import { registerGraphRoutes } from "./routes/graph.ts";
import { registerHealth } from "./routes/health.ts";

export interface ServerOptions {
  driver: Driver;
  database: string;
  /** The address the server will bind; anything but loopback requires `token`. */
  host?: string;
  /** Bearer token required on every /api request (env PAPERKG_TOKEN). */
  token?: string;
  /** The built web app to serve at `/` (default `apps/web/dist`). */
  webRoot?: string;
  cypherTimeoutMs?: number;
  cypherMaxRows?: number;
  /** Seconds a GET answer is reused (env PAPERKG_CACHE_SECONDS, default 30; 0 turns the cache off). */
  cacheSeconds?: number;
  /** Requests per minute per client on /api/cypher (env PAPERKG_CYPHER_RATE_LIMIT, default 120). */
  cypherRateLimit?: number;
}

export const DEFAULT_WEB_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../../web/dist");
const LOOPBACK = new Set(["127.0.0.1", "::1", "localhost"]);

/** The paperkg HTTP API, and the built web app, over a Neo4j driver the caller owns. */
export async function createServer(options: ServerOptions): Promise<FastifyInstance> {
  const host = options.host ?? "127.0.0.1";
  const token = options.token ?? process.env.PAPERKG_TOKEN;
  if (!LOOPBACK.has(host) && !token) {
    throw new Error(
      `server: binding ${host} exposes the graph beyond this machine; set PAPERKG_TOKEN to require a bearer token`,
    );
  }
  const app = Fastify({ logger: false, bodyLimit: 256 * 1024, routerOptions: { maxParamLength: 10_000 } });
  const ctx: ApiContext = {
    driver: options.driver,
    database: options.database,
    cypherTimeoutMs: options.cypherTimeoutMs ?? 10_000,
    cypherMaxRows: options.cypherMaxRows ?? 5_000,
  };

  app.setErrorHandler((err, _req, reply) => {
    const http = toHttpError(err);
    void reply.code(http.status).send({ error: { code: http.code, message: http.message } });
  });
  app.setNotFoundHandler((req, reply) => {
    if (req.url.startsWith("/api/") || !existsSync(`${webRoot}/index.html`)) {
      void reply
        .code(404)
        .send({ error: { code: "NOT_FOUND", message: `no route ${req.method} ${req.url.split("?")[0]}` } });
      return;
    }
    void reply.type("text/html").sendFile("index.html");
  });
  if (token) {
    app.addHook("onRequest", async (req) => {
      if (!req.url.startsWith("/api/")) return;
      if (req.headers.authorization !== `Bearer ${token}`) {
        throw new HttpError(401, "UNAUTHORIZED", "send Authorization: Bearer <PAPERKG_TOKEN>");
      }
    });
  }
  await app.register(rateLimit, {
    global: false,
    max: options.cypherRateLimit ?? Number(process.env.PAPERKG_CYPHER_RATE_LIMIT ?? 120),
    timeWindow: "1 minute",
  });

  const webRoot = options.webRoot ?? DEFAULT_WEB_ROOT;
  if (existsSync(webRoot)) {
    await app.register(fastifyStatic, { root: webRoot, index: ["index.html"], wildcard: false });
  } else {
    app.get("/", async (_req, reply) =>
      reply
        .type("text/html")
        .send(
          '<!doctype html><title>paperkg</title><p>The web app is not built yet: run <code>pnpm build</code>. The API is at <a href="/api/health">/api/health</a>.</p>',
        ),
    );
  }

  registerResponseCache(app, {
    ttlSeconds: options.cacheSeconds ?? Number(process.env.PAPERKG_CACHE_SECONDS ?? 30),
    maxEntries: 2000,
  });
  registerHealth(app, ctx);
  registerGraphRoutes(app, ctx);
  registerCatalogRoutes(app, ctx);
  registerCypherRoute(app, ctx);
  registerExportRoute(app, ctx);
  return app;
}
