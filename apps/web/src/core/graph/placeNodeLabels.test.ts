import { describe, expect, it } from "vitest";
import { overlaps } from "./communityLabels.ts";
import { labelSide, type NodeLabelCandidate, nodeLabelBox, placeNodeLabels } from "./placeNodeLabels.ts";

const at = (x: number, y: number, rank = 0, size = 4, width = 60): NodeLabelCandidate => ({
  x,
  y,
  size,
  width,
  rank,
  side: "right",
});

describe("placeNodeLabels", () => {
  it("keeps no two labels that overlap, the higher-ranked or larger node winning", () => {
    const candidates = [at(0, 0), at(10, 4, 0, 8), at(0, 200), at(20, 2, 2)];
    const kept = placeNodeLabels(candidates, [], 12);
    expect(kept).toEqual([3, 2]);
    const boxes = kept.map((i) => nodeLabelBox(candidates[i]!, 12));
    for (let a = 0; a < boxes.length; a++)
      for (let b = a + 1; b < boxes.length; b++) expect(overlaps(boxes[a]!, boxes[b]!, 0)).toBe(false);
  });

  it("leaves out labels under a reserved box (a community label) and keeps the rest", () => {
    const reserved = [{ x: 40, y: 0, width: 100, height: 20 }];
    expect(placeNodeLabels([at(0, 0), at(0, 100)], reserved, 12)).toEqual([1]);
  });

  it("keeps every label of a sparse map", () => {
    const candidates = Array.from({ length: 20 }, (_, i) => at((i % 5) * 200, Math.floor(i / 5) * 50));
    expect(placeNodeLabels(candidates, [], 12)).toHaveLength(20);
  });

  it("puts a label left of its node near the right edge, and its box follows", () => {
    expect(labelSide(950, 5, 100, 1000)).toBe("left");
    expect(labelSide(100, 5, 100, 1000)).toBe("right");
    expect(labelSide(60, 5, 100, 100)).toBe("right");
    const box = nodeLabelBox({ ...at(950, 0), width: 100, side: "left" }, 12);
    expect(box.x + box.width / 2).toBeLessThan(950);
  });
});
