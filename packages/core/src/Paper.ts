import { z } from "zod";

/** Where a paper record came from: a file and the 1-based line its block starts on. */
export const Source = z.object({
  file: z.string().min(1),
  line: z.number().int().nonnegative(),
});
export type Source = z.infer<typeof Source>;

/** ISO calendar date, `YYYY-MM-DD`; only set when the year is known. */
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected YYYY-MM-DD");

/**
 * One paper after ingest: validated, de-duplicated, with every source it came from.
 * `id` is the arXiv id (without version) when known, else a slug of the normalised title.
 */
export const Paper = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  abstract: z.string().min(1),
  authors: z.array(z.string()).optional(),
  authorsCount: z.number().int().nonnegative().optional(),
  published: IsoDate.optional(),
  /** The date as written in the source when it could not be turned into an ISO date. */
  dateText: z.string().optional(),
  upvotes: z.number().int().nonnegative().optional(),
  organization: z.string().optional(),
  arxivId: z.string().optional(),
  categories: z.array(z.string()).optional(),
  /** The arXiv comment field (`Accepted to ACL 2025; 12 pages`). */
  comment: z.string().optional(),
  codeUrls: z.array(z.string()).default([]),
  sources: z.array(Source).min(1),
});
export type Paper = z.infer<typeof Paper>;
