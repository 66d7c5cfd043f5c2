import { describe, expect, it } from "vitest";
import { communityCentroids, labelFontSize, pickLabels, shortCommunityLabel } from "./communityLabels.ts";

describe("communityCentroids", () => {
  it("averages each community's member positions and orders communities by size", () => {
    const out = communityCentroids([
      { community: 7, x: 0, y: 0 },
      { community: 3, x: 10, y: 10 },
      { community: 7, x: 4, y: 2 },
      { community: null, x: 100, y: 100 },
      { community: 7, x: 2, y: 10 },
      { community: 3, x: 20, y: -10 },
    ]);
    expect(out).toEqual([
      { community: 7, x: 2, y: 4, size: 3 },
      { community: 3, x: 15, y: 0, size: 2 },
    ]);
  });

  it("breaks size ties by the lower community id and ignores nodes outside any community", () => {
    const out = communityCentroids([
      { community: 5, x: 1, y: 1 },
      { community: 2, x: 3, y: 3 },
      { community: null, x: 0, y: 0 },
    ]);
    expect(out.map((c) => c.community)).toEqual([2, 5]);
    expect(communityCentroids([])).toEqual([]);
  });
});

describe("pickLabels", () => {
  const box = (x: number, y: number) => ({ x, y, width: 100, height: 20 });

  it("keeps the first label and drops later ones that would overlap a kept one", () => {
    // 0 and 1 collide horizontally (60 px apart, 100 px wide); 2 sits well below; 3 collides with 2.
    expect(pickLabels([box(0, 0), box(60, 0), box(0, 100), box(50, 110)], 10)).toEqual([0, 2]);
  });

  it("lets a dropped label's neighbour through when it clears every kept label", () => {
    // 1 collides with 0 and is dropped; 2 overlaps only 1, so it is kept.
    expect(pickLabels([box(0, 0), box(90, 0), box(180, 0)], 10)).toEqual([0, 2]);
  });

  it("counts the margin as part of each box and stops at max", () => {
    // 103 px apart: a 3 px gap, clear with no margin, too close with a 4 px margin.
    expect(pickLabels([box(0, 0), box(103, 0)], 10, 0)).toEqual([0, 1]);
    expect(pickLabels([box(0, 0), box(103, 0)], 10, 4)).toEqual([0]);
    expect(pickLabels([box(0, 0), box(0, 50), box(0, 100)], 2)).toEqual([0, 1]);
  });

  it("hides a label over a reserved box (the selected node's label) and lets the next one through", () => {
    const selected = { x: -10, y: 5, width: 60, height: 18 };
    // 0 lies under the selected label; 1 would have collided with 0 and now clears everything.
    expect(pickLabels([box(0, 0), box(90, 0), box(0, 200)], 10, 4, [selected])).toEqual([1, 2]);
    expect(pickLabels([box(0, 0), box(90, 0), box(0, 200)], 10, 4)).toEqual([0, 2]);
  });
});

describe("labelFontSize", () => {
  it("grows with community size from 11 px to 19 px", () => {
    expect(labelFontSize(100, 100)).toBe(19);
    expect(labelFontSize(25, 100)).toBe(15);
    expect(labelFontSize(0, 100)).toBe(11);
  });
});

describe("shortCommunityLabel", () => {
  it("keeps the first terms of a dotted label", () => {
    expect(shortCommunityLabel("CoT · MATH · GSM8K")).toBe("CoT · MATH");
    expect(shortCommunityLabel("CoT · MATH · GSM8K", 1)).toBe("CoT");
    expect(shortCommunityLabel("diffusion model")).toBe("diffusion model");
  });
});
