import { type LabelBox, overlaps } from "./communityLabels.ts";

/** A node label sigma would draw: the node's centre and radius on screen, the text's width. */
export interface NodeLabelCandidate {
  x: number;
  y: number;
  /** Rendered node radius (px); the label starts just right of it. */
  size: number;
  /** Measured text width (px). */
  width: number;
  /** Selected or hovered (2), forced (1), other (0): higher is placed first. */
  rank: number;
  /** Which side of the node the label goes (left near the map's right edge). */
  side: "right" | "left";
}

/** Gap between a node's disc and its label (px), as sigma draws it. */
export const LABEL_GAP = 3;

/** The screen box a node label covers: beside the node on its side, vertically centred on it. */
export function nodeLabelBox(c: NodeLabelCandidate, fontSize: number): LabelBox {
  const offset = c.size + LABEL_GAP + c.width / 2;
  return {
    x: c.side === "right" ? c.x + offset : c.x - offset,
    y: c.y,
    width: c.width,
    height: fontSize + 2,
  };
}

/** Labels go right of their node unless that would cross the map's right edge (`width`). */
export function labelSide(x: number, size: number, textWidth: number, width: number): "right" | "left" {
  return x + size + LABEL_GAP + textWidth > width && x - size - LABEL_GAP - textWidth >= 0 ? "left" : "right";
}

/**
 * Node labels without collisions: candidates in order of rank, then node size (larger first), then
 * as given; each is kept when its box overlaps no reserved box (the community labels on the map)
 * and no label kept before it. Returns the indices kept, in placement order.
 */
export function placeNodeLabels(
  candidates: readonly NodeLabelCandidate[],
  reserved: readonly LabelBox[],
  fontSize: number,
  margin = 2,
): number[] {
  const order = candidates
    .map((c, i) => ({ c, i }))
    .sort((a, b) => b.c.rank - a.c.rank || b.c.size - a.c.size || a.i - b.i);
  const kept: number[] = [];
  const boxes: LabelBox[] = [...reserved];
  for (const { c, i } of order) {
    const box = nodeLabelBox(c, fontSize);
    if (boxes.some((b) => overlaps(b, box, margin))) continue;
    boxes.push(box);
    kept.push(i);
  }
  return kept;
}
