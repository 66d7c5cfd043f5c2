import Graph from "graphology";
import { useCallback, useMemo } from "react";
import { api } from "./api/api.ts";
import { Breadcrumb } from "./components/Breadcrumb.tsx";
import { CypherOpener } from "./components/CypherButton.tsx";
import { MapOverlay } from "./components/MapOverlay.tsx";
import { NodePanel } from "./components/panels/NodePanel.tsx";
import { breadcrumb, type CrumbTarget } from "./core/app/breadcrumb.ts";
import { chooseView } from "./core/app/chooseView.ts";
import { clientFilters, pinnedNodes } from "./core/app/mapFilters.ts";
import { exportScopes } from "./core/export/exportScopes.ts";
import { isNodeVisible } from "./core/filters/index.ts";
import { buildGraph, type MapGraph, type MapNodeAttributes } from "./core/graph/buildGraph.ts";
import { useAppState } from "./hooks/useAppState.ts";
import { useAreaLabels } from "./hooks/useAreas.ts";
import { useBusy } from "./hooks/useBusy.ts";
import { useCommunities } from "./hooks/useCommunities.ts";
import { useCypher } from "./hooks/useCypher.ts";
import { useHealth } from "./hooks/useHealth.ts";
import { useMapActions } from "./hooks/useMapActions.ts";
import { useMapLoader } from "./hooks/useMapLoader.ts";
import { usePath } from "./hooks/usePath.ts";
import { MapView } from "./views/MapView.tsx";
import { ToolTabs } from "./views/ToolTabs.tsx";
import { TopBar } from "./views/TopBar.tsx";

/**
 * The explorer: top bar, tool tabs, the map and the selection's panel. State lives in the URL and
 * the map's history (`useAppState`); each hook loads one thing; this file only wires them up.
 */
export function App() {
  const [state, dispatch] = useAppState();
  const { url, explore } = state;
  const health = useHealth();
  const communities = useCommunities();
  const view = chooseView(url.view, health, communities.list, api.capabilities.areas);
  const { busy, setBusy, run } = useBusy();
  const { fitKey, setFitKey } = useMapLoader(view, url, dispatch, setBusy);

  const graph: MapGraph = useMemo(
    () =>
      explore.present ? buildGraph(explore.present.payload, communities.colorOf) : (new Graph() as MapGraph),
    [explore.present, communities.colorOf],
  );
  const { hovered, select, open, drill, drillArea, events, actions } = useMapActions({
    graph,
    view,
    url,
    dispatch,
    run,
  });
  const areaLabels = useAreaLabels(communities.hasAreas);
  const crumbs = useMemo(
    () =>
      view && url.focus.type === "graph"
        ? breadcrumb(view, url.filters, {
            hasAreas: communities.hasAreas,
            areaLabel: (a) => (areaLabels.type === "ok" ? (areaLabels.data.get(a) ?? null) : null),
            communityLabel: (c) => communities.labels.get(c) ?? null,
            areaOf: (c) => communities.areas.get(c) ?? null,
          })
        : [],
    [view, url.filters, url.focus, communities, areaLabels],
  );
  const goUp = useCallback(
    (target: CrumbTarget) => {
      if (target.type === "area") return drillArea(target.area);
      const filters = { ...url.filters, area: null, community: null };
      dispatch({
        type: "patchUrl",
        patch: { view: target.type, filters, focus: { type: "graph" }, node: null },
      });
    },
    [url.filters, drillArea, dispatch],
  );
  const path = usePath(url, explore.present !== null, dispatch);
  const cypher = useCypher(url.focus, dispatch, setFitKey);

  const keep = useMemo(() => pinnedNodes(url), [url.node, url.pathFrom, url.pathTo]);
  const isVisible = useCallback(
    (node: string, attrs: MapNodeAttributes, degree: number) =>
      isNodeVisible(node, attrs, degree, clientFilters(url), keep),
    [url.filters, url.focus, keep],
  );

  const scopes = useMemo(
    () =>
      exportScopes({
        ids: explore.present?.payload.nodes.map((n) => n.key) ?? [],
        community: url.filters.community,
        node: url.node,
        lastCypher: cypher.last,
      }),
    [explore.present, url.node, url.filters.community, cypher.last],
  );

  return (
    <CypherOpener.Provider value={cypher.open}>
      <div className={`app ${url.node ? "with-panel" : ""}`}>
        <TopBar
          explore={explore}
          nodes={graph.order}
          links={graph.size}
          focused={url.focus.type !== "graph"}
          scopes={scopes}
          onSearch={open}
          dispatch={dispatch}
        />
        <ToolTabs
          url={url}
          view={view}
          healthError={health.type === "error" ? health.message : null}
          dispatch={dispatch}
          select={select}
          open={open}
          drill={drill}
          labelOf={(id) => (graph.hasNode(id) ? graph.getNodeAttribute(id, "label") : id)}
          communities={communities}
          cypher={cypher}
          path={path}
        />
        <MapView
          graph={graph}
          communityLabels={communities.labels}
          header={<Breadcrumb crumbs={crumbs} onGo={goUp} />}
          fitKey={fitKey}
          events={events}
          highlight={{ hovered, selected: url.node, pathNodes: path.nodes, isVisible }}
          overlay={
            <MapOverlay
              busy={busy}
              empty={explore.present !== null && graph.order === 0}
              databaseEmpty={health.type === "ok" && health.data.papers === 0}
            />
          }
        />
        {url.node && (
          <NodePanel
            id={url.node}
            onMap={graph.hasNode(url.node)}
            actions={actions}
            onClose={() => select(null)}
          />
        )}
      </div>
    </CypherOpener.Provider>
  );
}
