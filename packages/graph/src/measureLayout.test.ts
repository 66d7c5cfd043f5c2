import { describe, expect, it } from "vitest";
import { measureLayout, type PlacedNode } from "./measureLayout.ts";

/** `n` points of one community on a small circle around (cx, cy). */
const cluster = (community: number, cx: number, cy: number, n: number): PlacedNode[] =>
  Array.from({ length: n }, (_, i) => ({
    community,
    x: cx + Math.cos((2 * Math.PI * i) / n),
    y: cy + Math.sin((2 * Math.PI * i) / n),
  }));

describe("measureLayout", () => {
  it("scores separated clusters 1 and states the chance level of their sizes", () => {
    const q = measureLayout(
      [...cluster(1, 0, 0, 20), ...cluster(2, 100, 0, 20), ...cluster(3, 0, 100, 40)],
      10,
    );
    expect(q.knnPurity).toBe(1);
    expect(q.centroidShare).toBe(1);
    expect(q.communities).toBe(3);
    // Σ (n_c / N)(n_c − 1)/(N − 1) for sizes 20, 20, 40 of 80
    expect(q.knnChance).toBeCloseTo((2 * 20 * 19 + 40 * 39) / (80 * 79), 10);
  });

  it("scores communities interleaved on one circle near chance, and none closer to its own centroid", () => {
    const points = Array.from({ length: 200 }, (_, i) => ({
      community: i % 2,
      x: Math.cos((2 * Math.PI * i) / 200),
      y: Math.sin((2 * Math.PI * i) / 200),
    }));
    const q = measureLayout(points, 10);
    expect(q.knnPurity).toBeLessThan(0.6);
    expect(q.knnChance).toBeCloseTo(99 / 199, 10);
  });

  it("counts a node whose centroid is farther than another community's", () => {
    // Community 1: two far points and one at the far side of community 2.
    const points: PlacedNode[] = [
      ...cluster(2, 10, 0, 10),
      { community: 1, x: 0, y: 0 },
      { community: 1, x: 0, y: 1 },
      { community: 1, x: 14, y: 0 },
    ];
    const q = measureLayout(points, 3);
    expect(q.centroidShare).toBeCloseTo(12 / 13, 10);
  });

  it("counts neighbours of another community drawn in the same colour as clashes", () => {
    // Two touching communities: painted alike they clash, apart they do not.
    const a = cluster(1, 0, 0, 10);
    const b = cluster(2, 2.5, 0, 10);
    const paint = (color2: string) => [
      ...a.map((p) => ({ ...p, color: "red" })),
      ...b.map((p) => ({ ...p, color: color2 })),
    ];
    const alike = measureLayout(paint("red"), 10);
    const apart = measureLayout(paint("blue"), 10);
    expect(alike.knnPurity).toBeLessThan(1);
    expect(alike.colorClash).toBe(1);
    expect(apart.colorClash).toBe(0);
    expect(measureLayout(a).colorClash).toBe(0);
  });

  it("handles no node, one node and nodes on one point", () => {
    expect(measureLayout([]).nodes).toBe(0);
    expect(measureLayout([{ community: 1, x: 0, y: 0 }]).knnPurity).toBe(1);
    const same = measureLayout(Array.from({ length: 5 }, () => ({ community: 1, x: 3, y: 3 })));
    expect(same.knnPurity).toBe(1);
  });
});
