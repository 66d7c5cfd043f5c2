import { NodePlacement } from "@paperkg/core";
import type { Driver } from "neo4j-driver";
import { z } from "zod";
import { StoreError, toStoreError } from "../StoreError.ts";
import { READ_COMMUNITY_AREAS, READ_PLACEMENTS } from "./ingestCypher.ts";

/** A stored placement is the analytics' `NodePlacement`, read back. */
export type StoredPlacement = NodePlacement;
const AreaRow = z.object({ id: z.number().int().nonnegative(), area: z.number().int().nonnegative() });

/**
 * The stored partition and map: every placed paper and entity (community, position, PageRank, hub
 * flag) and each community's area. What an incremental ingest updates instead of recomputing.
 */
export async function readPlacements(
  driver: Driver,
  database: string,
): Promise<{ placements: Map<string, StoredPlacement>; areaOf: Map<number, number> }> {
  try {
    const [nodes, areas] = await Promise.all([
      driver.executeQuery(READ_PLACEMENTS, {}, { database, routing: "READ" }),
      driver.executeQuery(READ_COMMUNITY_AREAS, {}, { database, routing: "READ" }),
    ]);
    const placements = new Map<string, StoredPlacement>();
    for (const r of nodes.records) {
      const row = parse(NodePlacement, r.toObject(), "placement");
      placements.set(row.id, row);
    }
    const areaOf = new Map<number, number>();
    for (const r of areas.records) {
      const row = parse(AreaRow, r.toObject(), "community");
      areaOf.set(row.id, row.area);
    }
    return { placements, areaOf };
  } catch (err) {
    throw err instanceof StoreError ? err : toStoreError(err);
  }
}

function parse<T>(schema: z.ZodType<T>, raw: unknown, what: string): T {
  const parsed = schema.safeParse(raw);
  if (!parsed.success)
    throw new StoreError(
      "BAD_RECORD",
      `stored ${what} ${JSON.stringify((raw as { id?: unknown }).id)} is malformed: ${parsed.error.message}`,
    );
  return parsed.data;
}
