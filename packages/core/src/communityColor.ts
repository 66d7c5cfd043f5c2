/** A qualitative palette (12 colours that stay apart on white), cycled by community id. */
export const COMMUNITY_PALETTE = [
  "#1f77b4",
  "#ff7f0e",
  "#2ca02c",
  "#d62728",
  "#9467bd",
  "#8c564b",
  "#e377c2",
  "#17becf",
  "#bcbd22",
  "#393b79",
  "#637939",
  "#843c39",
] as const;

/** Colour of nodes outside any community, and of community `0` ("other"). */
export const NO_COMMUNITY_COLOR = "#9e9e9e";

/**
 * Colour of community `id` when no map-aware assignment is at hand (exports, a community the
 * assignment does not know): the palette cycled by id; grey when unknown.
 */
export function communityColor(id: number | null | undefined): string {
  if (id === null || id === undefined || id < 0) return NO_COMMUNITY_COLOR;
  return COMMUNITY_PALETTE[id % COMMUNITY_PALETTE.length]!;
}

/** A community's place on the map: its centroid and how many nodes it holds. */
export interface PlacedCommunity {
  id: number;
  x: number;
  y: number;
  size: number;
}

/** Neighbours each community must differ from: its nearest centroids on the map. */
export const COLOR_NEIGHBOURS = 8;

/**
 * Colours for communities such that regions side by side on the map never share a colour.
 * Community ids are content hashes, so `id % 12` gives neighbours the same colour about one time in
 * twelve, and two touching regions in one colour read as one. Here each community must differ
 * from its `COLOR_NEIGHBOURS` nearest centroids (both ways): greedy colouring, largest community
 * first (ties: lower id), each taking the first palette colour no coloured neighbour holds — or,
 * when all are taken, the one held by the fewest. Deterministic: same communities, same colours.
 * Community `0` ("other") stays grey.
 */
export function assignCommunityColors(
  communities: readonly PlacedCommunity[],
  palette: readonly string[] = COMMUNITY_PALETTE,
): Map<number, string> {
  const list = communities
    .filter((c) => c.id !== 0 && Number.isFinite(c.x) && Number.isFinite(c.y))
    .sort((a, b) => b.size - a.size || a.id - b.id);
  const near = new Map<number, Set<number>>(list.map((c) => [c.id, new Set<number>()]));
  const k = Math.min(COLOR_NEIGHBOURS, list.length - 1);
  for (const c of list) {
    const nearest = list
      .filter((o) => o.id !== c.id)
      .map((o) => ({ id: o.id, d: (o.x - c.x) ** 2 + (o.y - c.y) ** 2 }))
      .sort((a, b) => a.d - b.d || a.id - b.id)
      .slice(0, k);
    for (const o of nearest) {
      near.get(c.id)!.add(o.id);
      near.get(o.id)!.add(c.id);
    }
  }
  const colors = new Map<number, string>();
  const index = new Map<number, number>();
  for (const c of list) {
    const taken = new Array<number>(palette.length).fill(0);
    for (const o of near.get(c.id)!) {
      const i = index.get(o);
      if (i !== undefined) taken[i]! += 1;
    }
    let pick = 0;
    for (let i = 1; i < palette.length; i++) if (taken[i]! < taken[pick]!) pick = i;
    index.set(c.id, pick);
    colors.set(c.id, palette[pick]!);
  }
  for (const c of communities) if (c.id === 0) colors.set(0, NO_COMMUNITY_COLOR);
  return colors;
}
