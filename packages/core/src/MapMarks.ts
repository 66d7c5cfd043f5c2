/**
 * What the web app's map publishes on `window.__paperkg` for `pnpm bench:web` and the browser
 * tests: when graph data arrived and when its first frame was drawn (`performance.now()`
 * milliseconds since navigation), and what a reader sees — the nodes and community labels drawn.
 * One contract for the app that writes it and the tests and benchmarks that read it.
 */
export interface MapMarks {
  dataArrivedAt: number | null;
  dataNodes: number;
  firstFrameAt: number | null;
  frames: number;
  renderedNodes: number;
  /** What the map draws now, node by node. */
  drawn?: () => DrawnNode[];
  /** The community labels drawn in the last frame. */
  communityLabels?: () => DrawnLabel[];
}

/** A node as drawn: sigma's display position and fill colour, with its community. */
export interface DrawnNode {
  key: string;
  label: string;
  /** Where it is on screen (px from the map's top-left corner), for a test to click it. */
  viewportX: number;
  viewportY: number;
  /** Rendered radius on screen (px). */
  viewportSize: number;
  x: number;
  y: number;
  color: string;
  community: number | null;
  hidden: boolean;
}

/** A community label as drawn: its text and the screen box it covers, centred on (x, y), in px. */
export interface DrawnLabel {
  community: number;
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
}
