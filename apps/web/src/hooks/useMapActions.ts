import { type GraphView, isCommunityKey, parseAreaKey, parseCommunityKey } from "@paperkg/core";
import { type Dispatch, useCallback, useMemo, useState } from "react";
import { api } from "../api/api.ts";
import type { MapEvents } from "../components/controllers/EventsController.tsx";
import type { NodeActions } from "../components/panels/NodeActions.tsx";
import type { AppAction } from "../core/app/appReducer.ts";
import { openNodeTarget } from "../core/app/openNodeTarget.ts";
import type { MapGraph } from "../core/graph/buildGraph.ts";
import type { UrlState } from "../core/url/urlState.ts";

/** Most neighbours one expansion brings onto the map. */
const EXPAND_LIMIT = 500;

/**
 * What a user does to nodes — select, expand, collapse, hide, focus, path ends, open a community —
 * as the map's events and the panel's actions, plus the hovered node.
 */
export function useMapActions({
  graph,
  view,
  url,
  dispatch,
  run,
}: {
  graph: MapGraph;
  view: GraphView | null;
  /** Where the map is: its filters (the community open) and focus. */
  url: Pick<UrlState, "filters" | "focus">;
  dispatch: Dispatch<AppAction>;
  run: (label: string, work: () => Promise<void>) => Promise<void>;
}) {
  const [hovered, setHovered] = useState<string | null>(null);

  const expand = useCallback(
    (id: string) =>
      run("Expanding…", async () => {
        const payload = await api.neighbors(id, 1, EXPAND_LIMIT);
        dispatch({ type: "expand", node: id, payload });
      }),
    [run, dispatch],
  );

  /** Select a node; one not on the map is brought in with its neighbours. */
  const select = useCallback(
    (id: string | null) => {
      dispatch({ type: "select", node: id });
      if (id && !graph.hasNode(id) && !isCommunityKey(id)) expand(id);
    },
    [graph, expand, dispatch],
  );

  const drill = useCallback(
    (community: number) => dispatch({ type: "drill", community, view }),
    [view, dispatch],
  );

  const drillArea = useCallback((area: number) => dispatch({ type: "drillArea", area }), [dispatch]);

  /**
   * Open a node from outside the map — search, a panel's chips and lists, What's new, the Finder,
   * a benchmark's papers and leaderboard: on a drill-down level, in its own community, selected, so
   * the map and the breadcrumb agree (`openNodeTarget`); elsewhere `select`.
   */
  const open = useCallback(
    (id: string) => {
      const onMap = graph.hasNode(id) ? graph.getNodeAttribute(id, "community") : undefined;
      const target = openNodeTarget(view, url, isCommunityKey(id) ? null : onMap);
      if (target.type === "select") return select(id);
      if (target.type === "drill")
        return dispatch({ type: "drill", community: target.community, view, node: id });
      void run("Finding its community…", async () => {
        const { node } = await api.node(id);
        const found = openNodeTarget(view, url, node.community ?? null);
        if (found.type === "drill") dispatch({ type: "drill", community: found.community, view, node: id });
        else select(id);
      });
    },
    [graph, view, url, select, run, dispatch],
  );

  const events: MapEvents = useMemo(
    () => ({
      // On the aggregated levels a click opens the area or community clicked.
      onSelect: (id: string | null) => {
        const area = id === null ? null : parseAreaKey(id);
        const community = id === null ? null : parseCommunityKey(id);
        if (area !== null) drillArea(area);
        else if (community !== null) drill(community);
        else select(id);
      },
      onExpand: (id: string) => {
        const area = parseAreaKey(id);
        const community = parseCommunityKey(id);
        if (area !== null) drillArea(area);
        else if (community !== null) drill(community);
        else expand(id);
      },
      onHover: setHovered,
    }),
    [select, expand, drill, drillArea],
  );

  const actions: NodeActions = {
    open,
    expand,
    collapse: (id) => dispatch({ type: "collapse", node: id }),
    hide: (id) => dispatch({ type: "hide", ids: [id] }),
    ego: (id, depth) =>
      dispatch({ type: "patchUrl", patch: { focus: { type: "ego", node: id, depth }, node: id } }),
    pathEnd: (end, id) =>
      dispatch({
        type: "patchUrl",
        patch: end === "from" ? { pathFrom: id, tab: "path" } : { pathTo: id, tab: "path" },
      }),
    drill,
  };

  return { hovered, select, open, drill, drillArea, events, actions };
}
