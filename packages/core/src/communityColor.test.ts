import { describe, expect, it } from "vitest";
import {
  assignCommunityColors,
  COLOR_NEIGHBOURS,
  COMMUNITY_PALETTE,
  communityColor,
  NO_COMMUNITY_COLOR,
  type PlacedCommunity,
} from "./communityColor.ts";

/** Communities on a jittered grid: ids are scrambled as content hashes are. */
const grid = (side: number): PlacedCommunity[] =>
  Array.from({ length: side * side }, (_, i) => ({
    id: 1 + ((Math.imul(i + 1, 2654435761) >>> 0) % 999_983),
    x: (i % side) * 10 + ((i * 37) % 5),
    y: Math.floor(i / side) * 10 + ((i * 53) % 5),
    size: 1 + ((i * 13) % 17),
  }));

/** Each community's `k` nearest others by centroid. */
function nearest(list: PlacedCommunity[], c: PlacedCommunity, k: number): PlacedCommunity[] {
  return list
    .filter((o) => o.id !== c.id)
    .sort((a, b) => (a.x - c.x) ** 2 + (a.y - c.y) ** 2 - ((b.x - c.x) ** 2 + (b.y - c.y) ** 2))
    .slice(0, k);
}

describe("assignCommunityColors", () => {
  it("never gives a community the colour of one of its nearest neighbours", () => {
    const list = grid(20);
    const colors = assignCommunityColors(list);
    expect(colors.size).toBe(list.length);
    for (const c of list)
      for (const o of nearest(list, c, COLOR_NEIGHBOURS)) expect(colors.get(o.id)).not.toBe(colors.get(c.id));
    // id % 12 does not manage that on the same map.
    const clashes = list.filter((c) =>
      nearest(list, c, COLOR_NEIGHBOURS).some((o) => communityColor(o.id) === communityColor(c.id)),
    );
    expect(clashes.length).toBeGreaterThan(list.length / 4);
  });

  it("uses palette colours only, keeps community 0 grey, and gives the same answer in any input order", () => {
    const list = [...grid(6), { id: 0, x: 5, y: 5, size: 40 }];
    const colors = assignCommunityColors(list);
    expect(colors.get(0)).toBe(NO_COMMUNITY_COLOR);
    for (const [id, color] of colors) if (id !== 0) expect(COMMUNITY_PALETTE).toContain(color);
    expect([...assignCommunityColors([...list].reverse())].sort()).toEqual([...colors].sort());
  });

  it("skips communities without a position and answers an empty map for none", () => {
    const colors = assignCommunityColors([
      { id: 3, x: Number.NaN, y: 0, size: 1 },
      { id: 4, x: 0, y: 0, size: 1 },
    ]);
    expect([...colors.keys()]).toEqual([4]);
    expect(assignCommunityColors([]).size).toBe(0);
  });
});
