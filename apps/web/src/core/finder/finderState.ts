import {
  type EntityType,
  type FinderMatch,
  type FinderQuery,
  type FinderSort,
  parseCommunityKey,
  type QueryValues,
} from "@paperkg/core";

/** A facet value the user picked: an entity of one type, or a community. */
export interface FacetChoice extends FinderMatch {
  type: EntityType | "community";
}

/** What the Finder tab asks for; kept while other tabs are open. */
export interface FinderState {
  facets: FacetChoice[];
  from: string;
  to: string;
  q: string;
  sort: FinderSort;
  offset: number;
}

export const FINDER_PAGE_SIZE = 50;

export const EMPTY_FINDER: FinderState = { facets: [], from: "", to: "", q: "", sort: "date", offset: 0 };

/** The `GET /api/papers` values for a state (a page of `limit` papers from `offset`). */
export function finderRequest(
  state: Omit<FinderState, "offset">,
  page: { offset: number; limit: number } = { offset: 0, limit: FINDER_PAGE_SIZE },
): QueryValues<FinderQuery> {
  const ids = (type: FacetChoice["type"]) => {
    const list = state.facets.filter((f) => f.type === type).map((f) => f.id);
    return list.length ? list : null;
  };
  const communities = ids("community")?.flatMap((id) => parseCommunityKey(id) ?? []) ?? null;
  return {
    benchmark: ids("benchmark"),
    method: ids("method"),
    model: ids("model"),
    task: ids("task"),
    concept: ids("concept"),
    community: communities,
    from: state.from.trim() || null,
    to: state.to.trim() || null,
    q: state.q.trim() || null,
    sort: state.sort,
    limit: page.limit,
    offset: page.offset,
  };
}

/** Add a facet (ignored when already there); the page goes back to the first. */
export function addFacet(state: FinderState, facet: FacetChoice): FinderState {
  if (state.facets.some((f) => f.id === facet.id)) return state;
  return { ...state, facets: [...state.facets, facet], offset: 0 };
}

/** Remove a facet by id; the page goes back to the first. */
export function removeFacet(state: FinderState, id: string): FinderState {
  return { ...state, facets: state.facets.filter((f) => f.id !== id), offset: 0 };
}
