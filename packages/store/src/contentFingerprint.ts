import { createHash } from "node:crypto";
import { ENTITY_LABEL_LIST, NODE_LABELS, RELATIONSHIP_TYPES } from "@paperkg/core";
import type { Driver } from "neo4j-driver";
import { CONTENT_LINKS, CONTENT_NODES } from "./cypher.ts";
import { type GraphFingerprint, graphFingerprint } from "./graphFingerprint.ts";
import { toStoreError } from "./StoreError.ts";

/**
 * What extraction put in the graph, analytics left out: counts per label and relationship type,
 * plus a sha256 over every paper and entity (text, names, aliases, family, paper count) and every
 * paper → entity link (type, evidence, spans, rule, confidence, stated result). Equal after an
 * incremental ingest and a from-scratch one of the same papers, whose communities may differ.
 */
export async function contentFingerprint(
  driver: Driver,
  database: string,
  /** Given every hashed row as the line hashed, e.g. to show where two graphs differ. */
  onRow?: (line: string) => void,
): Promise<Omit<GraphFingerprint, "hash"> & { content: string }> {
  const all = await graphFingerprint(driver, database);
  const labels: readonly string[] = [NODE_LABELS.paper, ...ENTITY_LABEL_LIST];
  const types: readonly string[] = RELATIONSHIP_TYPES;
  const nodes = Object.fromEntries(Object.entries(all.nodes).filter(([l]) => labels.includes(l)));
  const relationships = Object.fromEntries(
    Object.entries(all.relationships).filter(([t]) => types.includes(t)),
  );
  try {
    const hash = createHash("sha256");
    for (const query of [CONTENT_NODES, CONTENT_LINKS]) {
      const res = await driver.executeQuery(query, {}, { database, routing: "READ" });
      for (const r of res.records) {
        const line = JSON.stringify(r.toObject());
        hash.update(`${line}\n`);
        onRow?.(line);
      }
    }
    return { nodes, relationships, content: hash.digest("hex") };
  } catch (err) {
    throw toStoreError(err);
  }
}
