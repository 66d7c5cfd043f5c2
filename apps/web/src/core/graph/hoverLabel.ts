import type { LabelBox } from "./communityLabels.ts";
import { LABEL_GAP, labelSide } from "./placeNodeLabels.ts";

/** Space between the hover box's edge and what it holds (px), as sigma's `drawDiscNodeHover`. */
const PADDING = 2;

/**
 * Where the label of a selected or hovered node goes on the hover layer: a white box holding the
 * disc and, beside it, the text — right of the node, or left near the map's right edge (the same
 * `labelSide` as every other label, so it is drawn once and wholly on screen). Screen pixels:
 * `x`, `y` the node's centre, `size` its radius, `textWidth` the measured label, `mapWidth` the
 * map's width.
 */
export interface HoverLabel {
  side: "right" | "left";
  /** The disc's halo radius: the box's rounded end. */
  radius: number;
  /** The label's box, from the disc's edge to the text's far end. */
  boxWidth: number;
  boxHeight: number;
  /** Where the text starts (right) or ends (left). */
  textX: number;
  /** The whole covered area, for other labels to keep clear of. */
  box: LabelBox;
}

export function hoverLabel(
  x: number,
  y: number,
  size: number,
  textWidth: number,
  fontSize: number,
  mapWidth: number,
): HoverLabel {
  const radius = Math.max(size, fontSize / 2) + PADDING;
  const boxWidth = Math.round(textWidth + 5);
  const boxHeight = Math.round(fontSize + 2 * PADDING);
  const side = labelSide(x, radius, boxWidth, mapWidth);
  const left = side === "right" ? x - radius : x - radius - boxWidth;
  const right = side === "right" ? x + radius + boxWidth : x + radius;
  return {
    side,
    radius,
    boxWidth,
    boxHeight,
    textX: side === "right" ? x + size + LABEL_GAP : x - size - LABEL_GAP,
    box: { x: (left + right) / 2, y, width: right - left, height: Math.max(2 * radius, boxHeight) },
  };
}
