import type { NodePlacement } from "@paperkg/core";
import type { Driver } from "neo4j-driver";
import { z } from "zod";
import { StoreError, toStoreError } from "../StoreError.ts";
import { READ_COMMUNITY_AREAS, READ_PLACEMENTS } from "./ingestCypher.ts";

/** A stored placement is the analytics' `NodePlacement`, read back. */
export type StoredPlacement = NodePlacement;
/** A stored community's or area's label and top terms. */
export interface StoredLabel {
  label: string;
  topTerms: string[];
}
/** A placement as the query returns it: [id, community, x, y, pagerank, hub]. */
const PlacementRow = z.tuple([
  z.string(),
  z.number().int().nonnegative(),
  z.number(),
  z.number(),
  z.number(),
  z.boolean(),
]);
const GroupRow = z.object({
  level: z.enum(["community", "area"]),
  id: z.number().int().nonnegative(),
  area: z.number().int().nonnegative(),
  label: z.string(),
  topTerms: z.array(z.string()),
});

/**
 * The stored partition and map: every placed paper and entity (community, position, PageRank, hub
 * flag), each community's area and each community's and area's label. What an incremental ingest
 * updates instead of recomputing. Rows come as lists (a record per node costs more than its values).
 */
export async function readPlacements(
  driver: Driver,
  database: string,
): Promise<{
  placements: Map<string, StoredPlacement>;
  areaOf: Map<number, number>;
  communityLabels: Map<number, StoredLabel>;
  areaLabels: Map<number, StoredLabel>;
}> {
  try {
    const [nodes, groups] = await Promise.all([
      driver.executeQuery(READ_PLACEMENTS, {}, { database, routing: "READ" }),
      driver.executeQuery(READ_COMMUNITY_AREAS, {}, { database, routing: "READ" }),
    ]);
    const placements = new Map<string, StoredPlacement>();
    for (const r of nodes.records) {
      const raw = r.get("row") as unknown;
      const [id, community, x, y, pagerank, hub] = parse(PlacementRow, raw, "placement", () =>
        Array.isArray(raw) ? raw[0] : undefined,
      );
      placements.set(id, { id, community, x, y, pagerank, hub });
    }
    const areaOf = new Map<number, number>();
    const communityLabels = new Map<number, StoredLabel>();
    const areaLabels = new Map<number, StoredLabel>();
    for (const r of groups.records) {
      const raw = r.toObject();
      const row = parse(GroupRow, raw, "community or area", () => raw.id);
      if (row.level === "community") {
        areaOf.set(row.id, row.area);
        communityLabels.set(row.id, { label: row.label, topTerms: row.topTerms });
      } else areaLabels.set(row.id, { label: row.label, topTerms: row.topTerms });
    }
    return { placements, areaOf, communityLabels, areaLabels };
  } catch (err) {
    throw err instanceof StoreError ? err : toStoreError(err);
  }
}

function parse<T>(schema: z.ZodType<T>, raw: unknown, what: string, idOf: () => unknown): T {
  const parsed = schema.safeParse(raw);
  if (!parsed.success)
    throw new StoreError(
      "BAD_RECORD",
      `stored ${what} ${JSON.stringify(idOf())} is malformed: ${parsed.error.message}`,
    );
  return parsed.data;
}
