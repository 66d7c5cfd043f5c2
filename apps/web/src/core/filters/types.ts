import { GraphView } from "@paperkg/core";
import { z } from "zod";

/** Node kinds a user can switch on and off on the map (community nodes are a view, not a filter). */
export const FILTER_KINDS = ["paper", "method", "benchmark", "model", "task", "concept"] as const;
export const FilterKind = z.enum(FILTER_KINDS);
export type FilterKind = z.infer<typeof FilterKind>;

const IsoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** What `/api/graph` is asked for, and what the map hides client-side on other views. */
export const Filters = z.object({
  types: z.array(FilterKind),
  community: z.number().int().nonnegative().nullable(),
  from: IsoDay.nullable(),
  to: IsoDay.nullable(),
  minDegree: z.number().int().nonnegative(),
  limit: z.number().int().positive(),
});
export type Filters = z.infer<typeof Filters>;

export const DEFAULT_LIMIT = 5000;

export const DEFAULT_FILTERS: Filters = {
  types: [...FILTER_KINDS],
  community: null,
  from: null,
  to: null,
  minDegree: 0,
  limit: DEFAULT_LIMIT,
};

export { GraphView };
