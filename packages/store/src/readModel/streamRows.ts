import type { Driver } from "neo4j-driver";
import { toStoreError } from "../StoreError.ts";
import { toPlain } from "../toPlain.ts";

/**
 * Run one read query and hand its rows to `consume` one at a time as plain objects, so a read of
 * the whole graph never holds all of its records at once. `consume` starts afresh when the
 * transaction is retried; what it returns is the answer.
 */
export async function streamRows<T>(
  driver: Driver,
  database: string,
  query: string,
  timeoutMs: number,
  consume: (rows: AsyncIterable<Record<string, unknown>>) => Promise<T>,
): Promise<T> {
  const session = driver.session({ database, defaultAccessMode: "READ" });
  try {
    return await session.executeRead(
      (tx) => {
        const result = tx.run(query);
        return consume(
          (async function* () {
            for await (const record of result) yield toPlain(record.toObject()) as Record<string, unknown>;
          })(),
        );
      },
      { timeout: timeoutMs },
    );
  } catch (err) {
    throw toStoreError(err);
  } finally {
    await session.close();
  }
}
