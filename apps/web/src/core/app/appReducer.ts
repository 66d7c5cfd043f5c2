import type { GraphPayload, GraphView, PathResult } from "@paperkg/core";
import {
  addPath,
  back,
  collapseNode,
  EMPTY_EXPLORE,
  type ExploreState,
  expandNode,
  forward,
  hideNodes,
  showGraph,
} from "../explore/index.ts";
import type { Filters } from "../filters/index.ts";
import type { UrlState } from "../url/urlState.ts";

/** The explorer's state: what the URL holds, and the map's history. */
export interface AppState {
  url: UrlState;
  explore: ExploreState;
}

/** Every change the UI can make; each is a pure `(state) => state` step in `appReducer`. */
export type AppAction =
  | { type: "patchUrl"; patch: Partial<UrlState> }
  | { type: "select"; node: string | null }
  | { type: "setFilters"; filters: Filters }
  /** Open one community of the map shown as `view` (the aggregated views open it on bipartite), `node` selected. */
  | { type: "drill"; community: number; view: GraphView | null; node?: string }
  /** Open one area: its communities. */
  | { type: "drillArea"; area: number }
  /** The address bar moved (Back, Forward): take its state. */
  | { type: "restoreUrl"; url: UrlState }
  | { type: "showGraph"; payload: GraphPayload; title: string }
  | { type: "expand"; node: string; payload: GraphPayload }
  | { type: "collapse"; node: string }
  | { type: "hide"; ids: string[] }
  | { type: "back" }
  | { type: "forward" }
  | { type: "addPath"; path: PathResult["paths"][number] };

export function initialAppState(url: UrlState): AppState {
  return { url, explore: EMPTY_EXPLORE };
}

export function appReducer(state: AppState, action: AppAction): AppState {
  switch (action.type) {
    case "patchUrl":
      return { ...state, url: { ...state.url, ...action.patch } };
    case "select":
      return state.url.node === action.node ? state : { ...state, url: { ...state.url, node: action.node } };
    case "setFilters":
      // Filters reload the graph view; an ego/benchmark focus gives way to it.
      return { ...state, url: { ...state.url, filters: action.filters, focus: { type: "graph" } } };
    case "drill": {
      const aggregated = action.view === "communities" || action.view === "areas" || action.view === null;
      const view = aggregated ? "bipartite" : action.view;
      const filters = { ...state.url.filters, community: action.community, area: null };
      const node = action.node ?? null;
      return { ...state, url: { ...state.url, view, filters, focus: { type: "graph" }, node } };
    }
    case "drillArea": {
      const filters = { ...state.url.filters, community: null, area: action.area };
      return {
        ...state,
        url: { ...state.url, view: "communities", filters, focus: { type: "graph" }, node: null },
      };
    }
    case "restoreUrl":
      return { ...state, url: action.url };
    case "showGraph":
      return { ...state, explore: showGraph(state.explore, action.payload, action.title) };
    case "expand":
      return { ...state, explore: expandNode(state.explore, action.node, action.payload) };
    case "collapse":
      return { ...state, explore: collapseNode(state.explore, action.node) };
    case "hide": {
      const node = state.url.node && action.ids.includes(state.url.node) ? null : state.url.node;
      return { url: { ...state.url, node }, explore: hideNodes(state.explore, action.ids) };
    }
    case "back":
      return { ...state, explore: back(state.explore) };
    case "forward":
      return { ...state, explore: forward(state.explore) };
    case "addPath":
      return { ...state, explore: addPath(state.explore, action.path) };
  }
}
