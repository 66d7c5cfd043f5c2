import { z } from "zod";

/**
 * The Cypher behind an answer the app shows: readable, parameterised, the query a person would
 * write. Run through `POST /api/cypher` it returns the same nodes (and, for tables, the same rows)
 * as the answer it came with, however the server computed that answer. The static site's data
 * carry none.
 */
export const ViewCypher = z.object({
  query: z.string().min(1),
  params: z.record(z.string(), z.unknown()),
});
export type ViewCypher = z.infer<typeof ViewCypher>;
