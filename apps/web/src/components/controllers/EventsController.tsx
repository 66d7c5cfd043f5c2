import { useEffect } from "react";
import { useSigma } from "../SigmaContainer.tsx";

export interface MapEvents {
  onSelect: (node: string | null) => void;
  onExpand: (node: string) => void;
  onHover: (node: string | null) => void;
}

/** Click selects, double-click expands, hovering reports the node; clicking the background clears. */
export function EventsController({ onSelect, onExpand, onHover }: MapEvents) {
  const sigma = useSigma();
  useEffect(() => {
    const container = sigma.getContainer();
    sigma.on("clickNode", ({ node }) => onSelect(node));
    sigma.on("doubleClickNode", (e) => {
      e.preventSigmaDefault();
      onExpand(e.node);
    });
    sigma.on("clickStage", () => onSelect(null));
    sigma.on("enterNode", ({ node }) => {
      container.style.cursor = "pointer";
      onHover(node);
    });
    sigma.on("leaveNode", () => {
      container.style.cursor = "";
      onHover(null);
    });
    return () => {
      for (const e of ["clickNode", "doubleClickNode", "clickStage", "enterNode", "leaveNode"] as const)
        sigma.removeAllListeners(e);
    };
  }, [sigma, onSelect, onExpand, onHover]);
  return null;
}
