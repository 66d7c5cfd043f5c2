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
  /** What the map draws now, node by node (for the browser tests to measure the map a reader sees). */
  drawn?: () => DrawnNode[];
}

/** A node as drawn: sigma's display position and fill colour, with its community. */
export interface DrawnNode {
  key: string;
  label: string;
  /** Where it is on screen (px from the map's top-left corner), for a test to click it. */
  viewportX: number;
  viewportY: number;
  x: number;
  y: number;
  color: string;
  community: number | null;
  hidden: boolean;
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

/** Lets the browser tests read the drawn nodes through `window.__paperkg.drawn()`. */
export function exposeDrawn(drawn: () => DrawnNode[]): void {
  marks().drawn = drawn;
}

export function markFrame(nodes: number): void {
  const m = marks();
  m.frames++;
  m.renderedNodes = nodes;
  if (m.firstFrameAt === null && m.dataArrivedAt !== null && nodes > 0) m.firstFrameAt = performance.now();
}
