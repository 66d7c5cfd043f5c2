import { type Dispatch, useEffect, useReducer } from "react";
import { type AppAction, type AppState, appReducer, initialAppState } from "../core/app/appReducer.ts";
import { parseUrlState, serializeUrlState } from "../core/url/urlState.ts";

/** The explorer's state, read from the address bar at start and written back to it on each change. */
export function useAppState(): [AppState, Dispatch<AppAction>] {
  const [state, dispatch] = useReducer(appReducer, parseUrlState(window.location.search), initialAppState);
  useEffect(() => {
    const next = serializeUrlState(state.url);
    if (next !== window.location.search)
      window.history.replaceState(null, "", `${window.location.pathname}${next}`);
  }, [state.url]);
  return [state, dispatch];
}
