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
  /** Requests per minute per client on /api/cypher (`PAPERKG_CYPHER_RATE_LIMIT`). */
  cypherRateLimit: z.number().int().positive(),
  /** Time limit and row cap of a user's Cypher query. */
  cypherTimeoutMs: z.number().int().positive(),
  cypherMaxRows: z.number().int().positive(),
  /** The built web app served at `/`. */
  webRoot: z.string().min(1),
});
export type ServerSettings = z.infer<typeof ServerSettings>;

export const DEFAULT_WEB_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../../web/dist");

export const DEFAULT_SERVER_SETTINGS: ServerSettings = {
  host: "127.0.0.1",
  port: 7700,
  token: null,
  cacheSeconds: 30,
  cypherRateLimit: 120,
  cypherTimeoutMs: 10_000,
  cypherMaxRows: 5_000,
  webRoot: DEFAULT_WEB_ROOT,
};

/** The variable each setting is read from. */
const ENV_NAMES = {
  host: "PAPERKG_HOST",
  port: "PAPERKG_PORT",
  token: "PAPERKG_TOKEN",
  cacheSeconds: "PAPERKG_CACHE_SECONDS",
  cypherRateLimit: "PAPERKG_CYPHER_RATE_LIMIT",
} as const satisfies Partial<Record<keyof ServerSettings, string>>;

const nonEmpty = (value: string | undefined) => (value === undefined || value === "" ? undefined : value);
const numberOr = (value: string | undefined, fallback: number) => {
  const v = nonEmpty(value);
  return v === undefined ? fallback : Number(v);
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
