import { existsSync } from "node:fs";
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
import { registerPaperRoutes } from "./routes/papers.ts";
import { DEFAULT_SERVER_SETTINGS, ServerSettings } from "./ServerSettings.ts";

/** A driver the caller owns, and settings (`resolveServerSettings`) over `DEFAULT_SERVER_SETTINGS`. */
export interface ServerOptions extends Partial<ServerSettings> {
  driver: Driver;
  database: string;
}

const LOOPBACK = new Set(["127.0.0.1", "::1", "localhost"]);

/** The paperkg HTTP API, and the built web app, over a Neo4j driver the caller owns. */
export async function createServer(options: ServerOptions): Promise<FastifyInstance> {
  const { driver, database, ...given } = options;
  const settings = ServerSettings.parse({
    ...DEFAULT_SERVER_SETTINGS,
    ...Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined)),
    token: given.token || null,
  });
  const { host, token, webRoot } = settings;
  if (!LOOPBACK.has(host) && !token) {
    throw new Error(
      `server: binding ${host} exposes the graph beyond this machine; set PAPERKG_TOKEN to require a bearer token`,
    );
  }
  const app = Fastify({ logger: false, bodyLimit: 256 * 1024, routerOptions: { maxParamLength: 10_000 } });
  const ctx: ApiContext = {
    driver,
    database,
    cypherTimeoutMs: settings.cypherTimeoutMs,
    cypherMaxRows: settings.cypherMaxRows,
  };

  app.setErrorHandler((err, _req, reply) => {
    const http = toHttpError(err);
    void reply.code(http.status).send(http.toBody());
  });
  app.setNotFoundHandler((req, reply) => {
    if (req.url.startsWith("/api/") || !existsSync(`${webRoot}/index.html`)) {
      const http = new HttpError("NOT_FOUND", `no route ${req.method} ${req.url.split("?")[0]}`);
      void reply.code(http.status).send(http.toBody());
      return;
    }
    void reply.type("text/html").sendFile("index.html");
  });
  if (token) {
    app.addHook("onRequest", async (req) => {
      if (!req.url.startsWith("/api/")) return;
      if (req.headers.authorization !== `Bearer ${token}`) {
        throw new HttpError("UNAUTHORIZED", "send Authorization: Bearer <PAPERKG_TOKEN>");
      }
    });
  }
  await app.register(rateLimit, { global: false, max: settings.cypherRateLimit, timeWindow: "1 minute" });

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

  registerResponseCache(app, { ttlSeconds: settings.cacheSeconds, maxEntries: 2000 });
  registerHealth(app, ctx);
  registerGraphRoutes(app, ctx);
  registerCatalogRoutes(app, ctx);
  registerCypherRoute(app, ctx);
  registerExportRoute(app, ctx);
  registerPaperRoutes(app, ctx);
  return app;
}
