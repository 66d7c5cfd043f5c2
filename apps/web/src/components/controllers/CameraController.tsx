import { useEffect } from "react";
import { useSigma } from "../SigmaContainer.tsx";

/** Centres the camera on `node` whenever it changes (and is on the map). */
export function CameraController({ node, graphVersion }: { node: string | null; graphVersion: unknown }) {
  const sigma = useSigma();
  useEffect(() => {
    if (!node || !sigma.getGraph().hasNode(node)) return;
    // After setGraph the display data (framed positions) is stale until sigma processes the graph.
    const id = requestAnimationFrame(() => {
      sigma.refresh();
      const d = sigma.getNodeDisplayData(node);
      if (!d) return;
      const camera = sigma.getCamera();
      camera.animate({ x: d.x, y: d.y, ratio: Math.min(camera.getState().ratio, 0.6) }, { duration: 450 });
    });
    return () => cancelAnimationFrame(id);
  }, [sigma, node, graphVersion]);
  return null;
}
