import { PaperNode } from "@paperkg/core";
import type { Driver } from "neo4j-driver";
import { READ_PAPERS } from "./cypher.ts";
import { READ_PAPERS_BY_ID } from "./ingest/ingestCypher.ts";
import { StoreError, toStoreError } from "./StoreError.ts";

const LIST_FIELDS = ["authors", "categories", "codeUrls", "sources"] as const;

/**
 * Every stored paper in id order, or only those among `ids`, parsed back into `PaperNode`s (absent
 * properties become null/[]).
 */
export async function readStoredPapers(
  driver: Driver,
  database: string,
  ids?: readonly string[],
): Promise<PaperNode[]> {
  let records: { get(key: string): unknown }[];
  try {
    const [query, params] = ids ? [READ_PAPERS_BY_ID, { ids }] : [READ_PAPERS, {}];
    records = (await driver.executeQuery(query, params, { database, routing: "READ" })).records;
  } catch (err) {
    throw toStoreError(err);
  }
  return records.map((record) => {
    const raw = record.get("paper") as Record<string, unknown>;
    const filled: Record<string, unknown> = {};
    for (const key of Object.keys(PaperNode.shape)) {
      filled[key] = raw[key] ?? ((LIST_FIELDS as readonly string[]).includes(key) ? [] : null);
    }
    const parsed = PaperNode.safeParse(filled);
    if (!parsed.success) {
      throw new StoreError(
        "BAD_RECORD",
        `stored paper "${String(raw.id)}" is malformed: ${parsed.error.message}`,
      );
    }
    return parsed.data;
  });
}
