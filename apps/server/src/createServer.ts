import Fastify, { type FastifyInstance } from "fastify";
import type { Driver } from "neo4j-driver";
import { registerHealth } from "./routes/health.ts";

export interface ServerOptions {
  driver: Driver;
  database: string;
  /** The address the server will bind; anything but loopback requires `token`. */
  host?: string;
  /** Bearer token required on every /api request (env PAPERKG_TOKEN). */
  token?: string;
}

/** The paperkg HTTP API (and, once built, the web app) over a Neo4j driver the caller owns. */
export async function createServer(options: ServerOptions): Promise<FastifyInstance> {
  const app = Fastify({ logger: false, bodyLimit: 256 * 1024 });
  registerHealth(app, options);
  return app;
}
