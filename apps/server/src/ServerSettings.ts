import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";

/**
 * Everything the server takes from its environment, read once by `resolveServerSettings` (the CLI
 * calls it) and passed down; nothing else in this app reads `process.env`.
 */
export const ServerSettings = z.object({
  /** Address to bind (`PAPERKG_HOST`); anything but loopback requires `token`. */
  host: z.string().min(1),
  /** Port to listen on (`PAPERKG_PORT`); 0 picks a free one. */
  port: z.number().int().min(0).max(65535),
  /** Bearer token required on every /api request (`PAPERKG_TOKEN`), or null for none. */
  token: z.string().min(1).nullable(),
  /** Seconds a GET answer is reused (`PAPERKG_CACHE_SECONDS`); 0 turns the cache off. */
  cacheSeconds: z.number().min(0),
  /** Bytes of answers the cache holds at most; one answer over a quarter of it is not kept. */
  cacheMaxBytes: z.number().int().positive(),
  /** Requests per minute per client on /api/cypher and /api/export (`PAPERKG_CYPHER_RATE_LIMIT`). */
  cypherRateLimit: z.number().int().positive(),
  /** Time limit and row cap of a user's Cypher query. */
  cypherTimeoutMs: z.number().int().positive(),
  cypherMaxRows: z.number().int().positive(),
  /** Bytes a Cypher answer (or Cypher export) may take (`PAPERKG_CYPHER_MAX_BYTES`): one row can be huge. */
  cypherMaxBytes: z.number().int().positive(),
  /** Heavy queries (Cypher, exports, the map) running at once (`PAPERKG_MAX_HEAVY_QUERIES`). */
  maxHeavyQueries: z.number().int().positive(),
  /** Heavy queries waiting for a slot; past this the server answers 503 BUSY with Retry-After. */
  maxWaitingQueries: z.number().int().min(0),
  /**
   * `Host` names accepted besides localhost, 127.0.0.1 and [::1] (`PAPERKG_ALLOWED_HOSTS`,
   * comma-separated); on a non-loopback bind, when given, the only names accepted.
   */
  allowedHosts: z.array(z.string().min(1)),
  /** Time to receive a whole request (slow clients), and a connection's idle time, in ms. */
  requestTimeoutMs: z.number().int().positive(),
  connectionTimeoutMs: z.number().int().positive(),
  /** The built web app served at `/`. */
  webRoot: z.string().min(1),
  /**
   * Answer graph reads (neighbours, the map, an entity's papers) from a read model in memory
   * (`PAPERKG_READ_MODEL`: `1`, `true`, `on` or `0`, `false`, `off`); Neo4j answers until it is loaded.
   */
  readModel: z.boolean({ error: "expected 1 (on) or 0 (off)" }),
  /** How often the read model compares its signature with the graph's, in ms (`PAPERKG_READ_MODEL_POLL_MS`). */
  readModelPollMs: z.number().int().positive(),
});
export type ServerSettings = z.infer<typeof ServerSettings>;

export const DEFAULT_WEB_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../../web/dist");

export const DEFAULT_SERVER_SETTINGS: ServerSettings = {
  host: "127.0.0.1",
  port: 7700,
  token: null,
  cacheSeconds: 30,
  cacheMaxBytes: 64 * 1_048_576,
  cypherRateLimit: 120,
  cypherTimeoutMs: 10_000,
  cypherMaxRows: 5_000,
  cypherMaxBytes: 16 * 1_048_576,
  maxHeavyQueries: 4,
  maxWaitingQueries: 32,
  allowedHosts: [],
  requestTimeoutMs: 30_000,
  connectionTimeoutMs: 120_000,
  webRoot: DEFAULT_WEB_ROOT,
  readModel: true,
  readModelPollMs: 5_000,
};

/** The variable each setting is read from. */
const ENV_NAMES = {
  host: "PAPERKG_HOST",
  port: "PAPERKG_PORT",
  token: "PAPERKG_TOKEN",
  cacheSeconds: "PAPERKG_CACHE_SECONDS",
  cypherRateLimit: "PAPERKG_CYPHER_RATE_LIMIT",
  cypherMaxBytes: "PAPERKG_CYPHER_MAX_BYTES",
  maxHeavyQueries: "PAPERKG_MAX_HEAVY_QUERIES",
  allowedHosts: "PAPERKG_ALLOWED_HOSTS",
  readModel: "PAPERKG_READ_MODEL",
  readModelPollMs: "PAPERKG_READ_MODEL_POLL_MS",
} as const satisfies Partial<Record<keyof ServerSettings, string>>;

const nonEmpty = (value: string | undefined) => (value === undefined || value === "" ? undefined : value);
const numberOr = (value: string | undefined, fallback: number) => {
  const v = nonEmpty(value);
  return v === undefined ? fallback : Number(v);
};

/** `1`/`true`/`on` or `0`/`false`/`off`; anything else passes through for the schema to reject by name. */
const switchOr = (value: string | undefined, fallback: boolean): boolean | string => {
  const v = nonEmpty(value)?.trim().toLowerCase();
  if (v === undefined) return fallback;
  if (["1", "true", "on"].includes(v)) return true;
  if (["0", "false", "off"].includes(v)) return false;
  return v;
};

const listOr = (value: string | undefined, fallback: string[]) => {
  const v = nonEmpty(value);
  return v === undefined
    ? fallback
    : v
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean);
};

/**
 * The server's settings: defaults, then the environment (the variables above), then `overrides`
 * (command-line flags). A bad value throws an error naming the variable.
 */
export function resolveServerSettings(
  env: NodeJS.ProcessEnv = process.env,
  overrides: Partial<ServerSettings> = {},
): ServerSettings {
  const d = DEFAULT_SERVER_SETTINGS;
  const fromEnv = {
    host: nonEmpty(env.PAPERKG_HOST) ?? d.host,
    port: numberOr(env.PAPERKG_PORT, d.port),
    token: nonEmpty(env.PAPERKG_TOKEN) ?? d.token,
    cacheSeconds: numberOr(env.PAPERKG_CACHE_SECONDS, d.cacheSeconds),
    cypherRateLimit: numberOr(env.PAPERKG_CYPHER_RATE_LIMIT, d.cypherRateLimit),
    cypherMaxBytes: numberOr(env.PAPERKG_CYPHER_MAX_BYTES, d.cypherMaxBytes),
    maxHeavyQueries: numberOr(env.PAPERKG_MAX_HEAVY_QUERIES, d.maxHeavyQueries),
    allowedHosts: listOr(env.PAPERKG_ALLOWED_HOSTS, d.allowedHosts),
    readModel: switchOr(env.PAPERKG_READ_MODEL, d.readModel),
    readModelPollMs: numberOr(env.PAPERKG_READ_MODEL_POLL_MS, d.readModelPollMs),
  };
  const parsed = ServerSettings.safeParse({ ...d, ...fromEnv, ...definedOnly(overrides) });
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const key = String(issue.path[0]) as keyof ServerSettings;
  const fromFlag = overrides[key] !== undefined;
  const name = fromFlag || !(key in ENV_NAMES) ? key : ENV_NAMES[key as keyof typeof ENV_NAMES];
  const given = fromFlag ? String(overrides[key]) : (env[name] ?? "");
  throw new Error(`server: ${name}: ${issue.message.replace(/^Invalid input: /, "")}, got "${given}"`);
}

function definedOnly<T extends object>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as Partial<T>;
}
