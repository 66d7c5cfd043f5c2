import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import type { Driver } from "neo4j-driver";
import { StoreError, toStoreError } from "../StoreError.ts";
import {
  INGEST_SCHEMA_STATEMENTS,
  RELEASE_INGEST_LOCK,
  RENEW_INGEST_LOCK,
  TAKE_INGEST_LOCK,
} from "./ingestCypher.ts";

export interface IngestLockOptions {
  database: string;
  /** How long the lock outlives its last heartbeat (default `DEFAULT_INGEST_LOCK_TTL_MS`). */
  ttlMs?: number;
  /** How long to wait for another ingest to finish before giving up (default 0: fail at once). */
  waitMs?: number;
  /** Called while waiting, with the holder's description. */
  onWait?: (holder: string) => void;
}

/** Long enough to cover an analytics step that keeps the event loop (and the heartbeat) busy. */
export const DEFAULT_INGEST_LOCK_TTL_MS = 5 * 60_000;
const POLL_MS = 1_000;

export interface IngestLock {
  /** Throws `LOCKED` if another ingest took the lock over (it expired while we stalled). */
  assertHeld(): void;
  release(): Promise<void>;
}

interface Holder {
  owner: string;
  host: string | null;
  pid: number | null;
  since: number | null;
  expiresInMs: number;
}

/**
 * The database-wide ingest lock: a single `(:IngestLock {id: 'ingest'})` node under a unique
 * constraint, with its owner and an expiry a heartbeat pushes forward. It lives in the database, so
 * it holds across machines and for any `NEO4J_URI`. A holder that died without releasing is
 * skipped when it ran on this host and its pid is gone, and after its expiry otherwise.
 */
export async function acquireIngestLock(driver: Driver, options: IngestLockOptions): Promise<IngestLock> {
  const { database } = options;
  const ttlMs = options.ttlMs ?? DEFAULT_INGEST_LOCK_TTL_MS;
  const owner = `${hostname()}:${process.pid}:${randomUUID()}`;
  const deadline = Date.now() + (options.waitMs ?? 0);
  const run = async (query: string, params: Record<string, unknown> = {}) => {
    try {
      return (await driver.executeQuery(query, params, { database })).records;
    } catch (err) {
      throw toStoreError(err);
    }
  };
  for (const statement of INGEST_SCHEMA_STATEMENTS) {
    // Two first ingests creating the same constraint at once: the loser's retry finds it.
    await run(statement).catch(() => new Promise((r) => setTimeout(r, 200)).then(() => run(statement)));
  }

  let staleOwner: string | null = null;
  for (;;) {
    const [record] = await run(TAKE_INGEST_LOCK, {
      owner,
      staleOwner,
      host: hostname(),
      pid: process.pid,
      ttlMs,
    });
    const holder = record?.toObject() as unknown as Holder;
    if (holder.owner === owner) break;
    if (holder.host === hostname() && holder.pid !== null && !isAlive(holder.pid)) {
      staleOwner = holder.owner;
      continue;
    }
    const description = describe(holder, database);
    if (Date.now() >= deadline) {
      throw new StoreError("LOCKED", `${description}; wait for it to finish, or retry with a wait`);
    }
    options.onWait?.(description);
    await new Promise((resolve) => setTimeout(resolve, Math.min(POLL_MS, deadline - Date.now())));
  }

  let lost = false;
  const heartbeat = setInterval(
    () => {
      run(RENEW_INGEST_LOCK, { owner, ttlMs }).then(
        (records) => {
          if (Number(records[0]?.get("held") ?? 0) === 0) lost = true;
        },
        () => {}, // Neo4j away for a moment: the next beat or the ingest's own writes will tell.
      );
    },
    Math.max(250, Math.floor(ttlMs / 4)),
  );
  heartbeat.unref();
  return {
    assertHeld() {
      if (lost)
        throw new StoreError(
          "LOCKED",
          `the ingest lock on database "${database}" expired and another ingest took it`,
        );
    },
    async release() {
      clearInterval(heartbeat);
      await run(RELEASE_INGEST_LOCK, { owner });
    },
  };
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

function describe(holder: Holder, database: string): string {
  const since = holder.since ? ` since ${new Date(holder.since).toISOString()}` : "";
  const expires = Math.max(0, Math.ceil(holder.expiresInMs / 1000));
  return `another ingest is running on database "${database}" (host ${holder.host ?? "?"}, pid ${holder.pid ?? "?"}${since}; its lock expires in ${expires} s unless it is still alive)`;
}
