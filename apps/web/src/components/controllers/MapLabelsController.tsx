import type { DrawnLabel } from "@paperkg/core";
import { useEffect, useRef } from "react";
import type { NodeDisplayData } from "sigma/types";
import type { MapNodeAttributes } from "../../core/graph/buildGraph.ts";
import {
  type Centroid,
  communityCentroids,
  type LabelBox,
  labelFontSize,
  pickLabels,
  shortCommunityLabel,
} from "../../core/graph/communityLabels.ts";
import { hoverLabel } from "../../core/graph/hoverLabel.ts";
import {
  LABEL_GAP,
  labelSide,
  type NodeLabelCandidate,
  placeNodeLabels,
} from "../../core/graph/placeNodeLabels.ts";
import { exposeCommunityLabels } from "../perfMarks.ts";
import { type MapSigma, useSigma } from "../SigmaContainer.tsx";
import { drawNodeHover } from "./drawNodeHover.ts";

/** At most this many community labels on screen at once. */
const MAX_LABELS = 14;
const FONT = "Inter, system-ui, sans-serif";

type Drawn = Partial<NodeDisplayData & MapNodeAttributes> & {
  key?: string;
  x: number;
  y: number;
  size: number;
};

/**
 * Every label on the map, placed so none overlaps another. Community labels are drawn at the
 * centroid of their members, VOSviewer-style, larger for larger communities (largest first, at
 * most 14); then node labels — the ones sigma's label grid offers plus the forced ones — where they
 * clear the community labels and each other, selected and hovered nodes first, then larger nodes.
 * Sigma's own label drawing only collects the candidates; this pass draws them after each frame.
 * The selected and hovered nodes (`priority`) come before every label: sigma draws them on its hover
 * layer, where `drawNodeHover` puts their label in a white box on the same side as this pass would
 * (left near the right edge); this pass leaves them out, so each is drawn once, and keeps every
 * other label off that box.
 */
export function MapLabelsController({
  labels,
  priority,
}: {
  labels: ReadonlyMap<number, string>;
  /** The selected and hovered nodes, whose labels no community label may cover. */
  priority: readonly (string | null)[];
}) {
  const sigma = useSigma();
  // Read at each frame: a new selection or hover re-renders the map (the reducers change).
  const priorityRef = useRef(priority);
  priorityRef.current = priority;
  useEffect(() => {
    const canvas = document.createElement("canvas");
    canvas.className = "community-labels";
    canvas.dataset.testid = "community-labels";
    Object.assign(canvas.style, { position: "absolute", inset: "0", pointerEvents: "none" });
    sigma.getContainer().appendChild(canvas);
    let cache: { graph: unknown; order: number; centroids: Centroid[] } | null = null;
    let pending: Drawn[] = [];
    let labelContext: CanvasRenderingContext2D | null = null;
    let shown: DrawnLabel[] = [];
    exposeCommunityLabels(() => shown);
    const previous = sigma.getSetting("defaultDrawNodeLabel");
    const previousHover = sigma.getSetting("defaultDrawNodeHover");
    sigma.setSetting("defaultDrawNodeLabel", (context, data) => {
      labelContext = context;
      if (data.label) pending.push(data as Drawn);
    });
    sigma.setSetting("defaultDrawNodeHover", (context, data, settings) =>
      drawNodeHover(context, data, settings, sigma.getDimensions().width),
    );
    const clear = () => {
      pending = [];
    };
    const draw = () => {
      const graph = sigma.getGraph();
      if (!cache || cache.graph !== graph || cache.order !== graph.order) {
        cache = { graph, order: graph.order, centroids: centroidsOf(sigma) };
      }
      const measure = canvas.getContext("2d");
      const first = measure ? priorityBoxes(sigma, measure, priorityRef.current) : [];
      shown = paintCommunities(sigma, canvas, cache.centroids, labels, first);
      const onHoverLayer = new Set(priorityRef.current);
      const rest = pending.filter((d) => d.key === undefined || !onHoverLayer.has(d.key));
      if (labelContext) paintNodes(sigma, labelContext, rest, [...first, ...shown]);
      pending = [];
    };
    sigma.on("beforeRender", clear);
    sigma.on("afterRender", draw);
    sigma.refresh();
    return () => {
      sigma.off("beforeRender", clear);
      sigma.off("afterRender", draw);
      sigma.setSetting("defaultDrawNodeLabel", previous);
      sigma.setSetting("defaultDrawNodeHover", previousHover);
      canvas.remove();
    };
  }, [sigma, labels]);
  return null;
}

/** Centroids of the communities' members in graph coordinates (community and area nodes excluded). */
function centroidsOf(sigma: MapSigma): Centroid[] {
  const members: { community: number | null; x: number; y: number }[] = [];
  sigma.getGraph().forEachNode((_, a) => {
    if (a.kind !== "community" && a.kind !== "area") members.push({ community: a.community, x: a.x, y: a.y });
  });
  return communityCentroids(members);
}

/** Node labels that fit, on sigma's label layer, with a white halo so they read over links. */
function paintNodes(sigma: MapSigma, ctx: CanvasRenderingContext2D, drawn: Drawn[], reserved: LabelBox[]) {
  const settings = sigma.getSettings();
  const fontSize = settings.labelSize;
  ctx.font = `${settings.labelWeight} ${fontSize}px ${settings.labelFont}`;
  const { width } = sigma.getDimensions();
  const candidates: NodeLabelCandidate[] = drawn.map((d) => {
    const textWidth = ctx.measureText(d.label ?? "").width;
    return {
      x: d.x,
      y: d.y,
      size: d.size,
      width: textWidth,
      rank: d.highlighted ? 2 : d.forceLabel ? 1 : 0,
      side: labelSide(d.x, d.size, textWidth, width),
    };
  });
  ctx.textBaseline = "middle";
  ctx.lineJoin = "round";
  ctx.lineWidth = 3;
  ctx.strokeStyle = "rgba(255, 255, 255, 0.85)";
  ctx.fillStyle = "#0f172a";
  for (const i of placeNodeLabels(candidates, reserved, fontSize)) {
    const d = drawn[i]!;
    const right = candidates[i]!.side === "right";
    const x = right ? d.x + d.size + LABEL_GAP : d.x - d.size - LABEL_GAP;
    ctx.textAlign = right ? "left" : "right";
    ctx.strokeText(d.label ?? "", x, d.y);
    ctx.fillText(d.label ?? "", x, d.y);
  }
}

/**
 * The boxes the hover layer covers for `ids` (the selected and hovered nodes): the disc and, beside
 * it, the label on a white box (`drawNodeHover`), in screen pixels.
 */
function priorityBoxes(
  sigma: MapSigma,
  ctx: CanvasRenderingContext2D,
  ids: readonly (string | null)[],
): LabelBox[] {
  const settings = sigma.getSettings();
  const fontSize = settings.labelSize;
  ctx.font = `${settings.labelWeight} ${fontSize}px ${settings.labelFont}`;
  const { width } = sigma.getDimensions();
  const boxes: LabelBox[] = [];
  for (const id of new Set(ids)) {
    if (id === null || !sigma.getGraph().hasNode(id)) continue;
    const d = sigma.getNodeDisplayData(id);
    if (!d || d.hidden) continue;
    const p = sigma.framedGraphToViewport(d);
    const text = d.label ? ctx.measureText(d.label).width : 0;
    boxes.push(hoverLabel(p.x, p.y, sigma.scaleSize(d.size), text, fontSize, width).box);
  }
  return boxes;
}

/**
 * Community labels at their centroids on the overlay canvas, none over a `reserved` box; returns
 * the labels drawn.
 */
function paintCommunities(
  sigma: MapSigma,
  canvas: HTMLCanvasElement,
  centroids: Centroid[],
  labels: ReadonlyMap<number, string>,
  reserved: LabelBox[],
): DrawnLabel[] {
  const { width, height } = sigma.getDimensions();
  const ratio = window.devicePixelRatio || 1;
  if (canvas.width !== Math.round(width * ratio) || canvas.height !== Math.round(height * ratio)) {
    canvas.width = Math.round(width * ratio);
    canvas.height = Math.round(height * ratio);
    canvas.style.width = `${width}px`;
    canvas.style.height = `${height}px`;
  }
  const ctx = canvas.getContext("2d");
  if (!ctx) return [];
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  ctx.clearRect(0, 0, width, height);
  // A lone community has nothing to tell apart from; skip the map of one community.
  if (centroids.length < 2) return [];
  const largest = centroids[0]?.size ?? 1;
  const candidates: (DrawnLabel & { font: number })[] = [];
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
    candidates.push({ community: c.community, text, font, x: p.x, y: p.y, width: w, height: font * 1.3 });
  }
  ctx.textAlign = "center";
  ctx.textBaseline = "middle";
  ctx.lineJoin = "round";
  const kept: DrawnLabel[] = [];
  for (const i of pickLabels(candidates, MAX_LABELS, 10, reserved)) {
    const c = candidates[i];
    if (!c) continue;
    const { font: _font, ...label } = c;
    kept.push(label);
    ctx.font = `700 ${c.font}px ${FONT}`;
    ctx.lineWidth = 4;
    ctx.strokeStyle = "rgba(255, 255, 255, 0.9)";
    ctx.strokeText(c.text, c.x, c.y);
    ctx.fillStyle = "rgba(15, 23, 42, 0.85)";
    ctx.fillText(c.text, c.x, c.y);
  }
  return kept;
}
