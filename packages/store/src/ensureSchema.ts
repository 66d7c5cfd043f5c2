import type { Driver } from "neo4j-driver";
import { AWAIT_INDEXES, SCHEMA_NAMES, SCHEMA_STATEMENTS } from "./cypher.ts";
import { toStoreError } from "./StoreError.ts";

/**
 * Create the constraints and indexes of the graph model if missing; safe to run any number of times.
 * Lists the names in place first and runs only the statements whose name is missing (each `CREATE …
 * IF NOT EXISTS` is a schema transaction of its own: every ingest runs this), then waits for
 * indexes only when one was created or is not online yet.
 */
export async function ensureSchema(driver: Driver, database: string): Promise<void> {
  const session = driver.session({ database });
  try {
    const present = new Set<string>();
    let pending = false;
    for (const record of (await session.run("SHOW INDEXES YIELD name, state")).records) {
      present.add(record.get("name") as string);
      if (record.get("state") !== "ONLINE") pending = true;
    }
    for (const record of (await session.run("SHOW CONSTRAINTS YIELD name")).records)
      present.add(record.get("name") as string);
    for (const [i, statement] of SCHEMA_STATEMENTS.entries()) {
      if (present.has(SCHEMA_NAMES[i]!)) continue;
      await session.run(statement);
      pending = true;
    }
    if (pending) await session.run(AWAIT_INDEXES);
  } catch (err) {
    throw toStoreError(err);
  } finally {
    await session.close();
  }
}
