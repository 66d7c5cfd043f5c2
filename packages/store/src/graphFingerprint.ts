import { createHash } from "node:crypto";
import type { Driver } from "neo4j-driver";
import { COUNT_NODES, COUNT_RELATIONSHIPS_BY_TYPE, NODE_IDS } from "./cypher.ts";
import { toStoreError } from "./StoreError.ts";

export interface GraphFingerprint {
  nodes: Record<string, number>;
  relationships: Record<string, number>;
  /** sha256 over every node's label, id and community, sorted. */
  hash: string;
}

/** Counts per label and relationship type plus a hash of all ids: equal fingerprints, equal graphs. */
export async function graphFingerprint(driver: Driver, database: string): Promise<GraphFingerprint> {
  try {
    const nodes: Record<string, number> = {};
    for (const [label, q] of Object.entries(COUNT_NODES)) {
      const res = await driver.executeQuery(q, {}, { database, routing: "READ" });
      nodes[label] = Number(res.records[0]?.get("c") ?? 0);
    }
    const rels = await driver.executeQuery(COUNT_RELATIONSHIPS_BY_TYPE, {}, { database, routing: "READ" });
    const relationships = Object.fromEntries(
      rels.records.map((r) => [r.get("type") as string, Number(r.get("c"))]),
    );
    const ids = await driver.executeQuery(NODE_IDS, {}, { database, routing: "READ" });
    const hash = createHash("sha256");
    for (const r of ids.records) hash.update(`${r.get("label")}\t${r.get("id")}\t${r.get("community")}\n`);
    return { nodes, relationships, hash: hash.digest("hex") };
  } catch (err) {
    throw toStoreError(err);
  }
}
