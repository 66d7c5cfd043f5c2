import type { AreaSummary, CommunitySummary, GroupLink, NodePlacement } from "@paperkg/core";
import type { Driver } from "neo4j-driver";
import { z } from "zod";
import { StoreError, toStoreError } from "../StoreError.ts";
import type { StoredGroups } from "../writeAnalytics.ts";
import { READ_COMMUNITY_AREAS, READ_GROUP_LINKS, READ_PLACEMENTS } from "./ingestCypher.ts";

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
  // null on a row some older writer left without them: such a row is not in `groups` (written again)
  size: z.number().int().nonnegative().nullable(),
  papers: z.number().int().nonnegative().nullable(),
  communities: z.number().int().nonnegative().nullable(),
  x: z.number().nullable(),
  y: z.number().nullable(),
});
/** A link between communities or areas as the query returns it: [level, source, target, weight, strength]. */
const LinkRow = z.tuple([
  z.enum(["community", "area"]),
  z.number().int().nonnegative(),
  z.number().int().nonnegative(),
  z.number().nonnegative(),
  z.number().nonnegative(),
]);

/**
 * The stored partition and map: every placed paper and entity (community, position, PageRank, hub
 * flag), each community's area and each community's and area's label. What an incremental ingest
 * updates instead of recomputing. Rows come as lists (a record per node costs more than its values).
 * `groups`: the stored community and area rows and the links between them (sorted by id, links by
 * source and target), what writeAnalytics compares its rows with to write only those that differ.
 */
export async function readPlacements(
  driver: Driver,
  database: string,
): Promise<{
  placements: Map<string, StoredPlacement>;
  areaOf: Map<number, number>;
  communityLabels: Map<number, StoredLabel>;
  areaLabels: Map<number, StoredLabel>;
  groups: StoredGroups;
}> {
  try {
    const [nodes, groups, links] = await Promise.all([
      driver.executeQuery(READ_PLACEMENTS, {}, { database, routing: "READ" }),
      driver.executeQuery(READ_COMMUNITY_AREAS, {}, { database, routing: "READ" }),
      driver.executeQuery(READ_GROUP_LINKS, {}, { database, routing: "READ" }),
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
    const stored: StoredGroups = { communities: [], areas: [], communityLinks: [], areaLinks: [] };
    for (const r of groups.records) {
      const raw = r.toObject();
      const row = parse(GroupRow, raw, "community or area", () => raw.id);
      const { id, label, topTerms, size, papers, x, y } = row;
      const whole = size !== null && papers !== null && x !== null && y !== null;
      if (row.level === "community") {
        areaOf.set(id, row.area);
        communityLabels.set(id, { label, topTerms });
        if (whole)
          stored.communities.push({
            id,
            label,
            size,
            papers,
            topTerms,
            area: row.area,
            x,
            y,
          } satisfies CommunitySummary);
      } else {
        areaLabels.set(id, { label, topTerms });
        if (whole && row.communities !== null)
          stored.areas.push({
            id,
            label,
            size,
            papers,
            topTerms,
            communities: row.communities,
            x,
            y,
          } satisfies AreaSummary);
      }
    }
    for (const r of links.records) {
      const raw = r.get("row") as unknown;
      const [level, source, target, weight, strength] = parse(LinkRow, raw, "group link", () =>
        Array.isArray(raw) ? raw.slice(0, 3) : undefined,
      );
      (level === "community" ? stored.communityLinks : stored.areaLinks).push({
        source,
        target,
        weight,
        strength,
      } satisfies GroupLink);
    }
    return { placements, areaOf, communityLabels, areaLabels, groups: sortGroups(stored) };
  } catch (err) {
    throw err instanceof StoreError ? err : toStoreError(err);
  }
}

/** Groups by id, links by source and target: one order for rows read back and rows saved. */
export function sortGroups(groups: StoredGroups): StoredGroups {
  const byId = (a: { id: number }, b: { id: number }) => a.id - b.id;
  const byEnds = (a: GroupLink, b: GroupLink) => a.source - b.source || a.target - b.target;
  return {
    communities: [...groups.communities].sort(byId),
    areas: [...groups.areas].sort(byId),
    communityLinks: [...groups.communityLinks].sort(byEnds),
    areaLinks: [...groups.areaLinks].sort(byEnds),
  };
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
