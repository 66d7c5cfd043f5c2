import type { Driver } from "neo4j-driver";
import { toStoreError } from "./StoreError.ts";

export interface BatchOptions {
  database: string;
  batchSize: number;
  /** Called after each batch with the number of rows written so far. */
  onProgress?: (done: number) => void;
}

/**
 * Run `statement` over `rows` in batches of `batchSize`, each batch one `executeWrite` transaction
 * (which the driver retries on transient errors). Batches are idempotent MERGEs, so a run cut off
 * half way can simply be run again.
 */
export async function runBatches<T>(
  driver: Driver,
  statement: string,
  rows: readonly T[],
  options: BatchOptions,
): Promise<void> {
  if (rows.length === 0) return;
  const session = driver.session({ database: options.database });
  try {
    for (let i = 0; i < rows.length; i += options.batchSize) {
      const batch = rows.slice(i, i + options.batchSize);
      await session.executeWrite((tx) => tx.run(statement, { rows: batch }));
      options.onProgress?.(Math.min(rows.length, i + options.batchSize));
    }
  } catch (err) {
    throw toStoreError(err);
  } finally {
    await session.close();
  }
}
