import type { NodeKind } from "@paperkg/core";
import { useMemo } from "react";
import { api } from "../api/api.ts";
import { CameraController } from "../components/controllers/CameraController.tsx";
import { CommunityLabelsController } from "../components/controllers/CommunityLabelsController.tsx";
import { EventsController, type MapEvents } from "../components/controllers/EventsController.tsx";
import { GraphController } from "../components/controllers/GraphController.tsx";
import { MapToolbar } from "../components/controllers/MapToolbar.tsx";
import { type HighlightProps, ReducersController } from "../components/controllers/ReducersController.tsx";
import { Legend } from "../components/Legend.tsx";
import { SigmaContainer } from "../components/SigmaContainer.tsx";
import type { MapGraph } from "../core/graph/buildGraph.ts";
import { useApi } from "../hooks/useApi.ts";

/** The sigma map with its controllers, toolbar and legend. */
export function MapView({
  graph,
  fitKey,
  events,
  highlight,
  overlay,
}: {
  graph: MapGraph;
  fitKey: string;
  events: MapEvents;
  highlight: HighlightProps;
  overlay: React.ReactNode;
}) {
  const communities = useApi((s) => api.communities(s), []);
  const labels = useMemo(
    () => new Map(communities.type === "ok" ? communities.data.communities.map((c) => [c.id, c.label]) : []),
    [communities],
  );
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
        <CommunityLabelsController labels={labels} />
        <MapToolbar />
      </SigmaContainer>
      <Legend kinds={[...kinds]} />
      {overlay}
    </main>
  );
}
