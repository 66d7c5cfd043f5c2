import { useEffect } from "react";
import type { NodeDisplayData } from "sigma/types";
import type { MapGraph, MapNodeAttributes } from "../../core/graph/buildGraph.ts";
import { useSigma } from "../SigmaContainer.tsx";

const DIM = "#e5e7eb";

export interface HighlightProps {
  hovered: string | null;
  selected: string | null;
  /** Nodes of a shortest path to emphasise (others fade), or null. */
  pathNodes: ReadonlySet<string> | null;
  /** Client-side filters; `false` hides the node. */
  isVisible: (node: string, attrs: MapNodeAttributes, degree: number) => boolean;
}

/**
 * Hover and selection highlighting, path emphasis and client-side filtering, all as sigma reducers
 * (display only: the graph itself is never modified here).
 */
export function ReducersController({
  graph,
  hovered,
  selected,
  pathNodes,
  isVisible,
}: HighlightProps & { graph: MapGraph }) {
  const sigma = useSigma();
  useEffect(() => {
    const focus = hovered;
    const near = new Set<string>();
    if (focus && graph.hasNode(focus)) {
      near.add(focus);
      for (const n of graph.neighbors(focus)) near.add(n);
    }
    // Reducers may run before sigma switches to a new graph: guard on membership.
    sigma.setSetting("nodeReducer", (node, data) => {
      const res: Partial<NodeDisplayData & MapNodeAttributes> = { ...data };
      if (!isVisible(node, data, graph.hasNode(node) ? graph.degree(node) : 0))
        return { ...res, hidden: true };
      const emphasised = near.size ? near.has(node) : pathNodes ? pathNodes.has(node) : true;
      if (!emphasised) {
        res.color = DIM;
        res.borderColor = DIM;
        res.label = "";
        res.forceLabel = false;
        res.zIndex = 0;
      } else if (near.size || pathNodes) {
        res.forceLabel = true;
        res.zIndex = 1;
      }
      if (node === selected) {
        res.highlighted = true;
        res.forceLabel = true;
        res.zIndex = 2;
      }
      return res;
    });
    sigma.setSetting("edgeReducer", (edge, data) => {
      if (!graph.hasEdge(edge)) return data;
      const [s, t] = graph.extremities(edge);
      if (near.size) {
        return s === focus || t === focus
          ? { ...data, color: "#64748b", size: 1.5, zIndex: 1, hidden: false }
          : { ...data, hidden: true };
      }
      // A hub's links stay hidden (they would cross the map) unless the hub or its partner is selected.
      if (data.hidden && selected && (s === selected || t === selected)) return { ...data, hidden: false };
      if (pathNodes) {
        return pathNodes.has(s) && pathNodes.has(t)
          ? { ...data, color: "#f59e0b", size: 3, zIndex: 1 }
          : { ...data, color: "#f1f5f9" };
      }
      return data;
    });
  }, [sigma, graph, hovered, selected, pathNodes, isVisible]);
  return null;
}
