import type { NodeKind } from "@paperkg/core";
import { CameraController } from "../components/controllers/CameraController.tsx";
import { EventsController, type MapEvents } from "../components/controllers/EventsController.tsx";
import { GraphController } from "../components/controllers/GraphController.tsx";
import { MapLabelsController } from "../components/controllers/MapLabelsController.tsx";
import { MapToolbar } from "../components/controllers/MapToolbar.tsx";
import { type HighlightProps, ReducersController } from "../components/controllers/ReducersController.tsx";
import { Legend } from "../components/Legend.tsx";
import { SigmaContainer } from "../components/SigmaContainer.tsx";
import type { MapGraph } from "../core/graph/buildGraph.ts";

/** The sigma map with its controllers, toolbar and legend. */
export function MapView({
  graph,
  communityLabels,
  header,
  fitKey,
  events,
  highlight,
  overlay,
}: {
  graph: MapGraph;
  /** Community id → label, drawn at the community's centroid. */
  communityLabels: ReadonlyMap<number, string>;
  /** Drawn over the map's top-left corner (the breadcrumb). */
  header: React.ReactNode;
  fitKey: string;
  events: MapEvents;
  highlight: HighlightProps;
  overlay: React.ReactNode;
}) {
  const kinds = new Set<NodeKind>();
  graph.forEachNode((_, a) => {
    kinds.add(a.kind);
  });
  return (
    <main className="map">
      <SigmaContainer className="sigma">
        <GraphController graph={graph} fitKey={fitKey} />
        <ReducersController graph={graph} {...highlight} />
        <EventsController {...events} />
        <CameraController node={highlight.selected} graphVersion={graph} />
        <MapLabelsController labels={communityLabels} priority={[highlight.selected, highlight.hovered]} />
        <MapToolbar />
      </SigmaContainer>
      {header}
      <Legend kinds={[...kinds]} />
      {overlay}
    </main>
  );
}
