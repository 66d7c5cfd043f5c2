import { z } from "zod";
import { NodeRef } from "./NodeDetail.ts";
import { ViewCypher } from "./ViewCypher.ts";

/** One ingest as the graph records it: a `(:Snapshot)` node. `at` is an ISO timestamp. */
export const SnapshotInfo = z.object({
  id: z.string(),
  seq: z.number().int(),
  at: z.string(),
  inputs: z.array(z.string()),
  papers: z.number().int().nullable(),
  entities: z.number().int().nullable(),
  communities: z.number().int().nullable(),
  complete: z.boolean(),
});
export type SnapshotInfo = z.infer<typeof SnapshotInfo>;

/** A list the API caps at `limit`, with how many there are in all. */
const capped = <T extends z.ZodType>(item: T) => z.object({ total: z.number().int(), items: z.array(item) });

/**
 * `GET /api/changes`, `paperkg diff`: what the ingests after `since` added. Entities first seen come
 * benchmarks, models and methods first; `grown` ranks stored entities by the new papers that link
 * them; communities are `born` (first seen) or grown by `newPapers`, and a recomputation names the
 * earlier communities a community was split from or merged from.
 */
export const Changes = z.object({
  since: SnapshotInfo.nullable(),
  latest: SnapshotInfo.nullable(),
  snapshots: z.array(SnapshotInfo),
  newPapers: capped(NodeRef.extend({ published: z.string().nullable() })),
  newEntities: capped(NodeRef.extend({ paperCount: z.number().int() })),
  grownEntities: capped(NodeRef.extend({ newPapers: z.number().int(), paperCount: z.number().int() })),
  communities: capped(
    NodeRef.extend({
      born: z.boolean(),
      newPapers: z.number().int(),
      papers: z.number().int(),
      /** A recomputation (`--rebuild`) split it off this earlier community (its id), or… */
      splitFrom: z.array(z.number().int()),
      /** …merged these earlier communities into it. Both empty otherwise. */
      mergedFrom: z.array(z.number().int()),
    }),
  ),
  /** The four lists as one Cypher query, one row per item (`change`, `node`), each list in order. */
  cypher: ViewCypher.optional(),
});
export type Changes = z.infer<typeof Changes>;
