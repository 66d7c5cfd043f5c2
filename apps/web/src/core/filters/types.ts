import { GraphView, MEMBER_KINDS, MemberKind } from "@paperkg/core";
import { z } from "zod";

const IsoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/**
 * What `/api/graph` is asked for, and what the map hides client-side on other views. `types` are
 * the node kinds switched on: papers and entities (community nodes are a view, not a filter).
 */
export const Filters = z.object({
  types: z.array(MemberKind),
  community: z.number().int().nonnegative().nullable(),
  /** The communities view: only this area's communities (the level between areas and a community). */
  area: z.number().int().nonnegative().nullable(),
  from: IsoDay.nullable(),
  to: IsoDay.nullable(),
  minDegree: z.number().int().nonnegative(),
  limit: z.number().int().positive(),
});
export type Filters = z.infer<typeof Filters>;

export const DEFAULT_LIMIT = 5000;

export const DEFAULT_FILTERS: Filters = {
  types: [...MEMBER_KINDS],
  community: null,
  area: null,
  from: null,
  to: null,
  minDegree: 0,
  limit: DEFAULT_LIMIT,
};

export { GraphView };
