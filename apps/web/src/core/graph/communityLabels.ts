/** One community's centre on the map: the mean position of its members, and how many there are. */
export interface Centroid {
  community: number;
  x: number;
  y: number;
  size: number;
}

/** A point that belongs (or not) to a community. */
export interface PlacedMember {
  community: number | null;
  x: number;
  y: number;
}

/** Each community's centroid from its members' positions, largest community first (ties: lower id). */
export function communityCentroids(members: Iterable<PlacedMember>): Centroid[] {
  const sums = new Map<number, Centroid>();
  for (const m of members) {
    if (m.community === null) continue;
    const c = sums.get(m.community);
    if (c) {
      c.x += m.x;
      c.y += m.y;
      c.size += 1;
    } else sums.set(m.community, { community: m.community, x: m.x, y: m.y, size: 1 });
  }
  return [...sums.values()]
    .map((c) => ({ ...c, x: c.x / c.size, y: c.y / c.size }))
    .sort((a, b) => b.size - a.size || a.community - b.community);
}

/** A label's box on screen, centred on (x, y). */
export interface LabelBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Two centred boxes overlap or come closer than `margin` pixels to each other. */
export function overlaps(a: LabelBox, b: LabelBox, margin: number): boolean {
  return (
    Math.abs(a.x - b.x) * 2 < a.width + b.width + 2 * margin &&
    Math.abs(a.y - b.y) * 2 < a.height + b.height + 2 * margin
  );
}

/**
 * Greedy label placement: walk `boxes` in order (most important first) and keep each one that
 * overlaps none kept before it and none of `reserved` (what must stay readable: the selected and
 * hovered nodes with their labels), up to `max`. Returns the indices kept, in walk order.
 */
export function pickLabels(
  boxes: readonly LabelBox[],
  max: number,
  margin = 4,
  reserved: readonly LabelBox[] = [],
): number[] {
  const kept: number[] = [];
  for (let i = 0; i < boxes.length && kept.length < max; i++) {
    const box = boxes[i];
    if (!box || reserved.some((r) => overlaps(r, box, margin))) continue;
    if (kept.every((k) => !overlaps(boxes[k] as LabelBox, box, margin))) kept.push(i);
  }
  return kept;
}

/** Font size (px) of a community's label: 11 for the smallest, up to 19 for the largest. */
export function labelFontSize(size: number, largest: number): number {
  return Math.round(11 + 8 * Math.sqrt(size / Math.max(largest, 1)));
}

/** A community label ("a · b · c · d") cut to its first `parts` terms, for the map. */
export function shortCommunityLabel(label: string, parts = 2): string {
  return label
    .split(" · ")
    .map((t) => t.trim())
    .filter((t) => t !== "")
    .slice(0, parts)
    .join(" · ");
}
