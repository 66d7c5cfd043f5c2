import { ensureSchema, type Neo4jConnection, openDriver } from "@paperkg/store";

/** A list property the bulk importer leaves out when empty (see `ImportManifest.emptyLists`). */
export interface EmptyList {
  kind: "nodes" | "relationships";
  label: string;
  property: string;
}

/**
 * What a bulk-loaded database lacks against one `paperkg ingest` wrote: paperkg's constraints and
 * indexes, and the empty lists — every node with `label` (or relationship of type `label`) that
 * lacks `property` gets `[]`. Names were checked by the manifest's schema (letters, digits and `_`
 * only), so they can stand in the query between backticks. Resolves with the properties set.
 */
export async function finishImport(
  connection: Neo4jConnection,
  lists: readonly EmptyList[],
): Promise<number> {
  const driver = openDriver(connection, { maxPoolSize: 1 });
  const session = driver.session({ database: connection.database });
  let filled = 0;
  try {
    await ensureSchema(driver, connection.database);
    for (const { kind, label, property } of lists) {
      const pattern = kind === "nodes" ? `(x:\`${label}\`)` : `()-[x:\`${label}\`]->()`;
      // CALL … IN TRANSACTIONS needs an auto-commit transaction, hence session.run.
      const res = await session.run(
        `MATCH ${pattern} WHERE x.\`${property}\` IS NULL
         CALL (x) { SET x.\`${property}\` = [] } IN TRANSACTIONS OF 10000 ROWS`,
      );
      filled += res.summary.counters.updates().propertiesSet;
    }
  } finally {
    await session.close();
    await driver.close();
  }
  return filled;
}
