import { createNodeBorderProgram } from "@sigma/node-border";
import Graph from "graphology";
import { createContext, type ReactNode, useContext, useEffect, useRef, useState } from "react";
import Sigma from "sigma";
import type { MapEdgeAttributes, MapNodeAttributes } from "../core/graph/buildGraph.ts";
import { exposeDrawn, markFrame } from "./perfMarks.ts";

export type MapSigma = Sigma<MapNodeAttributes, MapEdgeAttributes>;

const SigmaContext = createContext<MapSigma | null>(null);

/** The sigma instance, for controllers rendered inside `<SigmaContainer>` (the only code that touches it). */
export function useSigma(): MapSigma {
  const sigma = useContext(SigmaContext);
  if (!sigma) throw new Error("useSigma: called outside <SigmaContainer>");
  return sigma;
}

const NodeProgram = createNodeBorderProgram<MapNodeAttributes, MapEdgeAttributes>({
  borders: [
    { size: { attribute: "borderSize", defaultValue: 0.15 }, color: { attribute: "borderColor" } },
    { size: { fill: true }, color: { attribute: "color" } },
  ],
});

/** Owns one sigma renderer for the component's lifetime; children (controllers, toolbars) get it by context. */
export function SigmaContainer({ children, className }: { children?: ReactNode; className?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const [sigma, setSigma] = useState<MapSigma | null>(null);

  useEffect(() => {
    if (!ref.current) return;
    const instance: MapSigma = new Sigma(new Graph<MapNodeAttributes, MapEdgeAttributes>(), ref.current, {
      allowInvalidContainer: true,
      defaultNodeType: "border",
      nodeProgramClasses: { border: NodeProgram },
      labelFont: "Inter, system-ui, sans-serif",
      labelSize: 12,
      labelWeight: "500",
      labelDensity: 1,
      labelGridCellSize: 70,
      labelRenderedSizeThreshold: 7,
      zIndex: true,
      hideEdgesOnMove: true,
      minCameraRatio: 0.02,
      maxCameraRatio: 8,
      stagePadding: 24,
    });
    instance.on("afterRender", () => markFrame(instance.getGraph().order));
    exposeDrawn(() =>
      instance.getGraph().mapNodes((node, a) => {
        const d = instance.getNodeDisplayData(node);
        const v = d ? instance.framedGraphToViewport(d) : { x: Number.NaN, y: Number.NaN };
        return {
          key: node,
          label: a.label,
          viewportX: v.x,
          viewportY: v.y,
          viewportSize: d ? instance.scaleSize(d.size) : 0,
          x: d?.x ?? a.x,
          y: d?.y ?? a.y,
          color: d?.color ?? a.color,
          community: a.community,
          hidden: d?.hidden ?? false,
        };
      }),
    );
    setSigma(instance);
    return () => {
      instance.kill();
      setSigma(null);
    };
  }, []);

  return (
    <div className={className} ref={ref} data-testid="sigma-container">
      {sigma && <SigmaContext.Provider value={sigma}>{children}</SigmaContext.Provider>}
    </div>
  );
}
