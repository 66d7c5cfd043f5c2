import { describe, expect, it } from "vitest";
import type { GroupLink } from "./GraphSnapshot.ts";
import { strongestLinks } from "./strongestLinks.ts";

const link = (source: number, target: number, strength: number): GroupLink => ({
  source,
  target,
  weight: strength * 10,
  strength,
});

describe("strongestLinks", () => {
  it("keeps at most k links on any community, strongest first", () => {
    // A star: community 1 linked to 2..9 with rising strength, plus a weak 2–3 link.
    const links = [...Array.from({ length: 8 }, (_, i) => link(1, i + 2, i + 1)), link(2, 3, 0.5)];
    const kept = strongestLinks(links, 3);
    const onOne = kept.filter((l) => l.source === 1 || l.target === 1);
    expect(onOne.map((l) => l.target)).toEqual([9, 8, 7]);
    expect(kept).toContainEqual(link(2, 3, 0.5));
    const degree = new Map<number, number>();
    for (const l of kept) for (const c of [l.source, l.target]) degree.set(c, (degree.get(c) ?? 0) + 1);
    expect(Math.max(...degree.values())).toBeLessThanOrEqual(3);
  });

  it("keeps everything when no community has more than k links, and nothing for k = 0", () => {
    const links = [link(1, 2, 1), link(2, 3, 2), link(3, 4, 3)];
    expect(strongestLinks(links, 2)).toHaveLength(3);
    expect(strongestLinks(links, 0)).toEqual([]);
  });
});
