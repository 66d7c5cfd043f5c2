import { type Dispatch, useEffect, useReducer, useRef } from "react";
import { type AppAction, type AppState, appReducer, initialAppState } from "../core/app/appReducer.ts";
import { levelOf, parseUrlState, serializeUrlState } from "../core/url/urlState.ts";

/**
 * The explorer's state, read from the address bar at start and written back to it on each change:
 * a new history entry when the drill-down level or focus changes (so Back returns to the area, the
 * overview…), the current entry replaced otherwise; Back and Forward restore the state they land on.
 */
export function useAppState(): [AppState, Dispatch<AppAction>] {
  const [state, dispatch] = useReducer(appReducer, parseUrlState(window.location.search), initialAppState);
  const level = useRef(levelOf(state.url));
  useEffect(() => {
    const next = serializeUrlState(state.url);
    const nextLevel = levelOf(state.url);
    if (next !== window.location.search) {
      const url = `${window.location.pathname}${next}`;
      if (nextLevel !== level.current) window.history.pushState(null, "", url);
      else window.history.replaceState(null, "", url);
    }
    level.current = nextLevel;
  }, [state.url]);
  useEffect(() => {
    const onPop = () => {
      const url = parseUrlState(window.location.search);
      level.current = levelOf(url);
      dispatch({ type: "restoreUrl", url });
    };
    window.addEventListener("popstate", onPop);
    return () => window.removeEventListener("popstate", onPop);
  }, []);
  return [state, dispatch];
}
