import { useEffect } from "react";
import {
  type Centroid,
  communityCentroids,
  labelFontSize,
  pickLabels,
  shortCommunityLabel,
} from "../../core/graph/communityLabels.ts";
import { type MapSigma, useSigma } from "../SigmaContainer.tsx";

/** At most this many community labels on screen at once. */
const MAX_LABELS = 14;
const FONT = "Inter, system-ui, sans-serif";

/**
 * Draws each community's label at the centroid of its members, VOSviewer-style, on a canvas over
 * the map: larger communities in larger type, and only as many as fit without overlapping
 * (largest first). Redrawn after every sigma frame, so it follows pan and zoom.
 */
export function CommunityLabelsController({ labels }: { labels: ReadonlyMap<number, string> }) {
  const sigma = useSigma();
  useEffect(() => {
    const canvas = document.createElement("canvas");
    canvas.className = "community-labels";
    canvas.dataset.testid = "community-labels";
    Object.assign(canvas.style, { position: "absolute", inset: "0", pointerEvents: "none" });
    sigma.getContainer().appendChild(canvas);
    let cache: { graph: unknown; order: number; centroids: Centroid[] } | null = null;
    const draw = () => {
      const graph = sigma.getGraph();
      if (!cache || cache.graph !== graph || cache.order !== graph.order) {
        cache = { graph, order: graph.order, centroids: centroidsOf(sigma) };
      }
      paint(sigma, canvas, cache.centroids, labels);
    };
    sigma.on("afterRender", draw);
    draw();
    return () => {
      sigma.off("afterRender", draw);
      canvas.remove();
    };
  }, [sigma, labels]);
  return null;
}

/** Centroids of the communities' members in graph coordinates (community nodes themselves excluded). */
function centroidsOf(sigma: MapSigma): Centroid[] {
  const members: { community: number | null; x: number; y: number }[] = [];
  sigma.getGraph().forEachNode((_, a) => {
    if (a.kind !== "community") members.push({ community: a.community, x: a.x, y: a.y });
  });
  return communityCentroids(members);
}

function paint(
  sigma: MapSigma,
  canvas: HTMLCanvasElement,
  centroids: Centroid[],
  labels: ReadonlyMap<number, string>,
) {
  const { width, height } = sigma.getDimensions();
  const ratio = window.devicePixelRatio || 1;
  if (canvas.width !== Math.round(width * ratio) || canvas.height !== Math.round(height * ratio)) {
    canvas.width = Math.round(width * ratio);
    canvas.height = Math.round(height * ratio);
    canvas.style.width = `${width}px`;
    canvas.style.height = `${height}px`;
  }
  const ctx = canvas.getContext("2d");
  if (!ctx) return;
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  ctx.clearRect(0, 0, width, height);
  // A lone community has nothing to tell apart from; skip the map of one community.
  if (centroids.length < 2) return;
  const largest = centroids[0]?.size ?? 1;
  const candidates: { text: string; font: number; x: number; y: number; width: number; height: number }[] =
    [];
  for (const c of centroids) {
    const full = labels.get(c.community);
    if (!full) continue;
    const text = shortCommunityLabel(full);
    const p = sigma.graphToViewport({ x: c.x, y: c.y });
    const font = labelFontSize(c.size, largest);
    ctx.font = `700 ${font}px ${FONT}`;
    const w = ctx.measureText(text).width + 8;
    // Only labels wholly on screen: a clipped one reads as a different word.
    if (p.x - w / 2 < 0 || p.y - font < 0 || p.x + w / 2 > width || p.y + font > height) continue;
    candidates.push({
      text,
      font,
      x: p.x,
      y: p.y,
      width: w,
      height: font * 1.3,
    });
  }
  ctx.textAlign = "center";
  ctx.textBaseline = "middle";
  ctx.lineJoin = "round";
  for (const i of pickLabels(candidates, MAX_LABELS, 10)) {
    const c = candidates[i];
    if (!c) continue;
    ctx.font = `700 ${c.font}px ${FONT}`;
    ctx.lineWidth = 4;
    ctx.strokeStyle = "rgba(255, 255, 255, 0.9)";
    ctx.strokeText(c.text, c.x, c.y);
    ctx.fillStyle = "rgba(15, 23, 42, 0.85)";
    ctx.fillText(c.text, c.x, c.y);
  }
}
