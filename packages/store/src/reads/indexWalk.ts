/**
 * How a read finds the first `limit` papers of an entity in some order (newest, most central):
 * `expand` its links and sort them all, or `index`: walk the papers' index in that order and keep
 * those linked to it, stopping at `limit`. A walk reads about `limit × papers / total` index
 * entries and checks each paper's dozen links; an expansion reads every one of the entity's
 * `total` links. For a hub (tens of thousands of papers) the walk is cheaper by orders of
 * magnitude; for an entity of a few hundred papers, the expansion.
 */
export type IndexWalk = "index" | "expand";

/** Links read per expanded paper, against links checked per walked index entry (measured by PROFILE). */
const EXPAND_COST = 4;
const WALK_COST = 16;

export function chooseIndexWalk(total: number, papers: number, limit: number): IndexWalk {
  if (total === 0) return "expand";
  return (limit * papers * WALK_COST) / total < total * EXPAND_COST ? "index" : "expand";
}
