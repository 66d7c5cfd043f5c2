import { downloadAsPNG } from "@sigma/export-image";
import { useState } from "react";
import type Sigma from "sigma";
import { useSigma } from "../SigmaContainer.tsx";

/** Zoom, fit-to-view and PNG export of the map as drawn. */
export function MapToolbar() {
  const sigma = useSigma();
  const [busy, setBusy] = useState(false);
  const camera = sigma.getCamera();
  return (
    <div className="map-toolbar" role="toolbar" aria-label="Map controls">
      <button type="button" title="Zoom in" onClick={() => camera.animatedZoom({ duration: 250 })}>
        +
      </button>
      <button type="button" title="Zoom out" onClick={() => camera.animatedUnzoom({ duration: 250 })}>
        −
      </button>
      <button type="button" title="Fit to view" onClick={() => camera.animatedReset({ duration: 300 })}>
        ⤢
      </button>
      <button
        type="button"
        title="Download the map as PNG"
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          try {
            await downloadAsPNG(sigma as unknown as Sigma, {
              fileName: "paperkg-map",
              backgroundColor: "#ffffff",
            });
          } finally {
            setBusy(false);
          }
        }}
      >
        PNG
      </button>
    </div>
  );
}
