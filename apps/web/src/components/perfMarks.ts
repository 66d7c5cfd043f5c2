import type { DrawnLabel, DrawnNode, MapMarks } from "@paperkg/core";

/**
 * Timing marks and the drawn map, read by `pnpm bench:web` and the browser tests through
 * `window.__paperkg` (the contract is `MapMarks` in `@paperkg/core`).
 */
declare global {
  interface Window {
    __paperkg?: MapMarks;
  }
}

function marks(): MapMarks {
  window.__paperkg ??= { dataArrivedAt: null, dataNodes: 0, firstFrameAt: null, frames: 0, renderedNodes: 0 };
  return window.__paperkg;
}

export function markDataArrived(nodes: number): void {
  const m = marks();
  m.dataArrivedAt = performance.now();
  m.dataNodes = nodes;
  m.firstFrameAt = null;
}

/** Lets the browser tests read the drawn nodes through `window.__paperkg.drawn()`. */
export function exposeDrawn(drawn: () => DrawnNode[]): void {
  marks().drawn = drawn;
}

/** Lets the browser tests read the community labels drawn through `window.__paperkg.communityLabels()`. */
export function exposeCommunityLabels(labels: () => DrawnLabel[]): void {
  marks().communityLabels = labels;
}

export function markFrame(nodes: number): void {
  const m = marks();
  m.frames++;
  m.renderedNodes = nodes;
  if (m.firstFrameAt === null && m.dataArrivedAt !== null && nodes > 0) m.firstFrameAt = performance.now();
}
