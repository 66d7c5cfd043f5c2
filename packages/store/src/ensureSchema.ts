import type { Driver } from "neo4j-driver";
import { AWAIT_INDEXES, SCHEMA_STATEMENTS } from "./cypher.ts";
import { toStoreError } from "./StoreError.ts";

/** Create the constraints and indexes of the graph model if missing; safe to run any number of times. */
export async function ensureSchema(driver: Driver, database: string): Promise<void> {
  const session = driver.session({ database });
  try {
    for (const statement of SCHEMA_STATEMENTS) await session.run(statement);
    await session.run(AWAIT_INDEXES);
  } catch (err) {
    throw toStoreError(err);
  } finally {
    await session.close();
  }
}
