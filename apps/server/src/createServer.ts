import { existsSync } from "node:fs";
import rateLimit from "@fastify/rate-limit";
import fastifyStatic from "@fastify/static";
import Fastify, { type FastifyInstance } from "fastify";
import type { Driver } from "neo4j-driver";
import type { ApiContext } from "./apiContext.ts";
import { HttpError, toHttpError } from "./HttpError.ts";
import { answerClientError } from "./plugins/answerClientError.ts";
import { requireBearerToken } from "./plugins/bearerAuth.ts";
import { allowedHostNames, isLoopbackBind, requireAllowedHost } from "./plugins/hostGuard.ts";
import { logServerError, logServerEvent } from "./plugins/logServerError.ts";
import { BusyError, QueryGate } from "./plugins/QueryGate.ts";
import { requireSameOrigin } from "./plugins/sameOriginOnly.ts";
import { addSecurityHeaders } from "./plugins/securityHeaders.ts";
import { ReadModelHolder } from "./ReadModelHolder.ts";
import { registerResponseCache } from "./responseCache.ts";
import { registerCatalogRoutes } from "./routes/catalog.ts";
import { registerChangesRoute } from "./routes/changes.ts";
import { registerCypherRoute } from "./routes/cypher.ts";
import { registerExportRoute } from "./routes/export.ts";
import { registerGraphRoutes } from "./routes/graph.ts";
import { registerHealth } from "./routes/health.ts";
import { registerLeaderboardRoute } from "./routes/leaderboard.ts";
import { registerPaperRoutes } from "./routes/papers.ts";
import { registerTrendRoutes } from "./routes/trends.ts";
import { DEFAULT_SERVER_SETTINGS, ServerSettings } from "./ServerSettings.ts";

/** Answers read into the read model's memo as soon as a model is loaded: the overview. */
const WARM_PATHS = ["/api/graph?view=areas", "/api/graph?view=communities", "/api/communities"];

/** A driver the caller owns, and settings (`resolveServerSettings`) over `DEFAULT_SERVER_SETTINGS`. */
export interface ServerOptions extends Partial<ServerSettings> {
  driver: Driver;
  database: string;
}

/** The paperkg HTTP API, and the built web app, over a Neo4j driver the caller owns. */
export async function createServer(options: ServerOptions): Promise<FastifyInstance> {
  const { driver, database, ...given } = options;
  const settings = ServerSettings.parse({
    ...DEFAULT_SERVER_SETTINGS,
    ...Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined)),
    token: given.token || null,
  });
  const { host, token, webRoot } = settings;
  if (!isLoopbackBind(host) && !token) {
    throw new Error(
      `server: binding ${host} exposes the graph beyond this machine; set PAPERKG_TOKEN to require a bearer token`,
    );
  }
  const app = Fastify({
    logger: false,
    bodyLimit: 256 * 1024,
    requestTimeout: settings.requestTimeoutMs,
    connectionTimeout: settings.connectionTimeoutMs,
    keepAliveTimeout: 5_000,
    // Node checks request timeouts on this interval (30 s by default, longer than a short timeout).
    http: { connectionsCheckingInterval: Math.max(250, Math.min(30_000, settings.requestTimeoutMs / 2)) },
    routerOptions: { maxParamLength: 10_000 },
    clientErrorHandler: answerClientError,
  });
  app.server.headersTimeout = Math.min(settings.requestTimeoutMs, 15_000);
  const ctx: ApiContext = {
    driver,
    database,
    cypherTimeoutMs: settings.cypherTimeoutMs,
    cypherMaxRows: settings.cypherMaxRows,
    cypherMaxBytes: settings.cypherMaxBytes,
    gate: new QueryGate({
      maxRunning: settings.maxHeavyQueries,
      maxWaiting: settings.maxWaitingQueries,
      retryAfterSeconds: 2,
    }),
    readModel: settings.readModel
      ? new ReadModelHolder(driver, database, {
          pollMs: settings.readModelPollMs,
          onLoaded: (model, ms) => {
            logServerEvent("info", "read model loaded", {
              nodes: model.ids.length,
              links: model.outTarget.length,
              ms: Math.round(ms),
            });
            // The overview is read once per graph version (memoised), before anyone asks.
            for (const url of WARM_PATHS)
              void app.inject({
                method: "GET",
                url,
                headers: token ? { authorization: `Bearer ${token}` } : {},
              });
          },
          onError: (err) =>
            logServerEvent("error", "read model failed", { cause: String((err as Error).message) }),
        })
      : null,
  };
  app.decorate("readModel", ctx.readModel);
  app.addHook("onClose", async () => ctx.readModel?.stop());

  app.setErrorHandler((err, req, reply) => {
    const http = toHttpError(err);
    logServerError(req, http, err);
    if (err instanceof BusyError) void reply.header("retry-after", String(err.retryAfterSeconds));
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
  addSecurityHeaders(app);
  requireAllowedHost(app, allowedHostNames(host, settings.allowedHosts));
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

  // The API routes in their own context: the token and same-origin checks run on the matched
  // route, however the request target was spelled, and before the cache can answer.
  await app.register(async (api) => {
    if (token) requireBearerToken(api, token);
    requireSameOrigin(api);
    registerResponseCache(api, {
      ttlSeconds: settings.cacheSeconds,
      maxEntries: 2000,
      maxBytes: settings.cacheMaxBytes,
    });
    registerHealth(api, ctx);
    registerGraphRoutes(api, ctx);
    registerCatalogRoutes(api, ctx);
    registerCypherRoute(api, ctx);
    registerExportRoute(api, ctx);
    registerPaperRoutes(api, ctx);
    registerLeaderboardRoute(api, ctx);
    registerTrendRoutes(api, ctx);
    registerChangesRoute(api, ctx);
  });
  ctx.readModel?.start();
  return app;
}
