/** A node on the map with the community it belongs to. */
export interface PlacedNode {
  x: number;
  y: number;
  community: number;
  /** The fill colour the map draws the node in, when measuring what a reader sees. */
  color?: string;
}

/** How well communities read as regions on a map. */
export interface LayoutQuality {
  nodes: number;
  communities: number;
  /** Mean share of each node's k nearest nodes on the map that are in its own community. */
  knnPurity: number;
  /** The same share if positions were shuffled: Σ (n_c / N)·((n_c − 1) / (N − 1)). */
  knnChance: number;
  /** Share of nodes closer to their own community's centroid than to any other centroid. */
  centroidShare: number;
  /**
   * Of all (node, one of its k nearest) pairs across two communities, the share drawn in the same
   * colour (0 when no colours are given or no such pair): touching regions a reader cannot tell apart.
   */
  colorClash: number;
}

/**
 * Readability figures of a layout: kNN community purity (with its chance level) and centroid
 * share. Nearest neighbours come from a uniform grid (about two points per cell), so the cost is
 * close to linear in the number of nodes.
 */
export function measureLayout(points: readonly PlacedNode[], k = 10): LayoutQuality {
  const n = points.length;
  const sizes = new Map<number, number>();
  for (const p of points) sizes.set(p.community, (sizes.get(p.community) ?? 0) + 1);
  let chance = 0;
  if (n > 1) for (const s of sizes.values()) chance += (s / n) * ((s - 1) / (n - 1));
  const knn = n > 1 ? neighbourShares(points, Math.min(k, n - 1)) : { purity: 1, clash: 0 };
  return {
    nodes: n,
    communities: sizes.size,
    knnPurity: knn.purity,
    knnChance: chance,
    centroidShare: centroidShare(points),
    colorClash: knn.clash,
  };
}

/** Mean share of the k nearest in the same community, and in another community but the same colour. */
function neighbourShares(points: readonly PlacedNode[], k: number): { purity: number; clash: number } {
  const grid = buildGrid(points);
  let total = 0;
  let across = 0;
  let clashes = 0;
  const best: { d: number; i: number }[] = [];
  points.forEach((p, i) => {
    best.length = 0;
    const cx = grid.cellX(p.x);
    const cy = grid.cellY(p.y);
    // Widen the ring of cells until k neighbours are found and no closer one can lie outside it.
    for (let ring = 0; ; ring++) {
      for (let gx = cx - ring; gx <= cx + ring; gx++) {
        for (let gy = cy - ring; gy <= cy + ring; gy++) {
          if (Math.max(Math.abs(gx - cx), Math.abs(gy - cy)) !== ring) continue;
          for (const j of grid.at(gx, gy)) {
            if (j === i) continue;
            const q = points[j]!;
            const d = (q.x - p.x) ** 2 + (q.y - p.y) ** 2;
            if (best.length < k) insertSorted(best, { d, i: j });
            else if (d < best[k - 1]!.d) {
              best.pop();
              insertSorted(best, { d, i: j });
            }
          }
        }
      }
      const reach = ring * grid.cell;
      if (best.length >= k && best[k - 1]!.d <= reach * reach) break;
      if (ring > grid.maxRing) break;
    }
    let same = 0;
    for (const b of best) {
      const q = points[b.i]!;
      if (q.community === p.community) same++;
      else {
        across++;
        if (p.color !== undefined && q.color === p.color) clashes++;
      }
    }
    total += same / Math.max(1, best.length);
  });
  return { purity: total / points.length, clash: across ? clashes / across : 0 };
}

function insertSorted(list: { d: number; i: number }[], item: { d: number; i: number }) {
  let at = list.length;
  while (at > 0 && (list[at - 1]!.d > item.d || (list[at - 1]!.d === item.d && list[at - 1]!.i > item.i)))
    at--;
  list.splice(at, 0, item);
}

function buildGrid(points: readonly PlacedNode[]) {
  let minX = Number.POSITIVE_INFINITY;
  let minY = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  let maxY = Number.NEGATIVE_INFINITY;
  for (const p of points) {
    minX = Math.min(minX, p.x);
    minY = Math.min(minY, p.y);
    maxX = Math.max(maxX, p.x);
    maxY = Math.max(maxY, p.y);
  }
  const area = Math.max(1e-9, (maxX - minX) * (maxY - minY));
  const cell = Math.max(1e-9, Math.sqrt((2 * area) / points.length), (maxX - minX + maxY - minY) / 1e5);
  const cells = new Map<number, number[]>();
  const cellX = (x: number) => Math.floor((x - minX) / cell);
  const cellY = (y: number) => Math.floor((y - minY) / cell);
  const keyOf = (gx: number, gy: number) => gx * 1_000_003 + gy;
  points.forEach((p, i) => {
    const key = keyOf(cellX(p.x), cellY(p.y));
    const list = cells.get(key);
    if (list) list.push(i);
    else cells.set(key, [i]);
  });
  const empty: number[] = [];
  return {
    cell,
    cellX,
    cellY,
    at: (gx: number, gy: number) => cells.get(keyOf(gx, gy)) ?? empty,
    maxRing: Math.max(cellX(maxX), cellY(maxY)) + 1,
  };
}

function centroidShare(points: readonly PlacedNode[]): number {
  if (points.length === 0) return 1;
  const sums = new Map<number, { x: number; y: number; n: number }>();
  for (const p of points) {
    const s = sums.get(p.community) ?? { x: 0, y: 0, n: 0 };
    s.x += p.x;
    s.y += p.y;
    s.n++;
    sums.set(p.community, s);
  }
  const ids = [...sums.keys()];
  const cx = ids.map((c) => sums.get(c)!.x / sums.get(c)!.n);
  const cy = ids.map((c) => sums.get(c)!.y / sums.get(c)!.n);
  const index = new Map(ids.map((c, i) => [c, i]));
  let inside = 0;
  for (const p of points) {
    const own = index.get(p.community)!;
    const dOwn = (cx[own]! - p.x) ** 2 + (cy[own]! - p.y) ** 2;
    let closer = true;
    for (let i = 0; i < ids.length; i++) {
      if (i !== own && (cx[i]! - p.x) ** 2 + (cy[i]! - p.y) ** 2 < dOwn) {
        closer = false;
        break;
      }
    }
    if (closer) inside++;
  }
  return inside / points.length;
}
