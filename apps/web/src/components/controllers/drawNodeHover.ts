import { hoverLabel } from "../../core/graph/hoverLabel.ts";

/**
 * Sigma's hover drawing (`drawDiscNodeHover`: a shadowed white box around the disc and the label)
 * with the label on the side `hoverLabel` picks, so near the map's right edge it reads leftwards
 * instead of running off the map.
 */
export function drawNodeHover(
  ctx: CanvasRenderingContext2D,
  data: { x: number; y: number; size: number; label?: string | null },
  settings: { labelSize: number; labelFont: string; labelWeight: string },
  mapWidth: number,
): void {
  const fontSize = settings.labelSize;
  ctx.font = `${settings.labelWeight} ${fontSize}px ${settings.labelFont}`;
  const label = data.label ?? "";
  const h = hoverLabel(
    data.x,
    data.y,
    data.size,
    label ? ctx.measureText(label).width : 0,
    fontSize,
    mapWidth,
  );
  ctx.fillStyle = "#FFF";
  ctx.shadowOffsetX = 0;
  ctx.shadowOffsetY = 0;
  ctx.shadowBlur = 8;
  ctx.shadowColor = "#000";
  ctx.beginPath();
  if (label) {
    // The box's straight edges meet the disc's halo where it is boxHeight tall.
    const half = h.boxHeight / 2;
    const angle = Math.asin(Math.min(1, half / h.radius));
    const dx = Math.sqrt(Math.max(0, h.radius ** 2 - half ** 2));
    const dir = h.side === "right" ? 1 : -1;
    const end = data.x + dir * (h.radius + h.boxWidth);
    ctx.moveTo(data.x + dir * dx, data.y + half);
    ctx.lineTo(end, data.y + half);
    ctx.lineTo(end, data.y - half);
    ctx.lineTo(data.x + dir * dx, data.y - half);
    // Round the far side of the disc: the left half when the box is right, the right half otherwise.
    if (h.side === "right") ctx.arc(data.x, data.y, h.radius, -angle, angle, true);
    else ctx.arc(data.x, data.y, h.radius, Math.PI + angle, Math.PI - angle);
  } else {
    ctx.arc(data.x, data.y, data.size + 2, 0, Math.PI * 2);
  }
  ctx.closePath();
  ctx.fill();
  ctx.shadowBlur = 0;
  if (!label) return;
  ctx.fillStyle = "#0f172a";
  ctx.textAlign = h.side === "right" ? "left" : "right";
  ctx.textBaseline = "middle";
  ctx.fillText(label, h.textX, data.y);
  ctx.textAlign = "left";
  ctx.textBaseline = "alphabetic";
}
