import type { Driver } from "neo4j-driver";
import { toStoreError } from "./StoreError.ts";

export interface BatchOptions {
  database: string;
  batchSize: number;
  /** Transactions in flight at once (default 1). Deadlocks between them are retried by the driver. */
  concurrency?: number;
  /** Called after each batch with the number of rows written so far. */
  onProgress?: (done: number) => void;
}

/**
 * Run `statement` over `rows` in batches of `batchSize`, each batch one `executeWrite` transaction
 * (which the driver retries on transient errors, deadlocks included). Batches are idempotent
 * MERGEs, so a run cut off half way can simply be run again.
 */
export async function runBatches<T>(
  driver: Driver,
  statement: string,
  rows: readonly T[],
  options: BatchOptions,
): Promise<void> {
  if (rows.length === 0) return;
  const starts: number[] = [];
  for (let i = 0; i < rows.length; i += options.batchSize) starts.push(i);
  let next = 0;
  let done = 0;
  const lane = async () => {
    const session = driver.session({ database: options.database });
    try {
      while (next < starts.length) {
        const start = starts[next++]!;
        const batch = rows.slice(start, start + options.batchSize);
        await session.executeWrite((tx) => tx.run(statement, { rows: batch }));
        done += batch.length;
        options.onProgress?.(done);
      }
    } finally {
      await session.close();
    }
  };
  const lanes = Math.max(1, Math.min(options.concurrency ?? 1, starts.length));
  try {
    await Promise.all(Array.from({ length: lanes }, lane));
  } catch (err) {
    throw toStoreError(err);
  }
}
