import type { Driver } from "neo4j-driver";
import { toStoreError } from "../StoreError.ts";
import { toPlain } from "../toPlain.ts";

/** Run one read query in a read transaction with a timeout; rows come back as plain objects. */
export async function readRows(
  driver: Driver,
  database: string,
  query: string,
  params: Record<string, unknown> = {},
  timeoutMs = 15_000,
): Promise<Record<string, unknown>[]> {
  const session = driver.session({ database, defaultAccessMode: "READ" });
  try {
    const result = await session.executeRead((tx) => tx.run(query, params), { timeout: timeoutMs });
    return result.records.map((r) => toPlain(r.toObject()) as Record<string, unknown>);
  } catch (err) {
    throw toStoreError(err);
  } finally {
    await session.close();
  }
}
