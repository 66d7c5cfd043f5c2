/**
 * Timing marks read by `pnpm bench:web` and the browser tests: when graph data arrived and when the
 * first frame with it was drawn (`performance.now()` milliseconds since navigation).
 */
export interface PaperkgMarks {
  dataArrivedAt: number | null;
  dataNodes: number;
  firstFrameAt: number | null;
  frames: number;
  renderedNodes: number;
}

declare global {
  interface Window {
    __paperkg?: PaperkgMarks;
  }
}

function marks(): PaperkgMarks {
  window.__paperkg ??= { dataArrivedAt: null, dataNodes: 0, firstFrameAt: null, frames: 0, renderedNodes: 0 };
  return window.__paperkg;
}

export function markDataArrived(nodes: number): void {
  const m = marks();
  m.dataArrivedAt = performance.now();
  m.dataNodes = nodes;
  m.firstFrameAt = null;
}

export function markFrame(nodes: number): void {
  const m = marks();
  m.frames++;
  m.renderedNodes = nodes;
  if (m.firstFrameAt === null && m.dataArrivedAt !== null && nodes > 0) m.firstFrameAt = performance.now();
}
