import { useEffect } from "react";
import type { MapGraph } from "../../core/graph/buildGraph.ts";
import { useSigma } from "../SigmaContainer.tsx";

/** Puts `graph` on the map; resets the camera when `fitKey` changes (a new view, not an expansion). */
export function GraphController({ graph, fitKey }: { graph: MapGraph; fitKey: string }) {
  const sigma = useSigma();
  useEffect(() => {
    sigma.setGraph(graph);
  }, [sigma, graph]);
  useEffect(() => {
    sigma.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
  }, [sigma, fitKey]);
  return null;
}
