import type { GraphView } from "@paperkg/core";
import { type Dispatch, useEffect, useState } from "react";
import { describeError } from "../api/ApiClientError.ts";
import { api } from "../api/api.ts";
import { markDataArrived } from "../components/perfMarks.ts";
import type { AppAction } from "../core/app/appReducer.ts";
import { describeFocus } from "../core/app/describeFocus.ts";
import type { Busy } from "../core/app/types.ts";
import type { UrlState } from "../core/url/urlState.ts";

/** Most nodes a neighbourhood or a benchmark's papers bring onto the map. */
const FOCUS_LIMIT = 5000;

/**
 * Load what the URL asks the map to show — a view with its filters, a node's neighbourhood or a
 * benchmark's papers (a Cypher focus is the console's) — whenever that changes, and put it on the map. `fitKey` changes with each
 * new graph so the camera fits it; `setFitKey` lets other loaders (Cypher) do the same.
 */
export function useMapLoader(
  view: GraphView | null,
  url: Pick<UrlState, "filters" | "focus">,
  dispatch: Dispatch<AppAction>,
  setBusy: (busy: Busy) => void,
) {
  const [fitKey, setFitKey] = useState("");
  const [reload, setReload] = useState(0);
  const loadKey = JSON.stringify([view, url.filters, url.focus, reload]);
  useEffect(() => {
    const focus = url.focus;
    // A Cypher focus is run by the console (useCypher), which puts its result on the map.
    if (!view || focus.type === "cypher") return;
    const ctrl = new AbortController();
    const text = describeFocus(focus, view);
    setBusy({ type: "loading", label: text.loading });
    const request =
      focus.type === "ego"
        ? api.neighbors(focus.node, focus.depth, FOCUS_LIMIT, ctrl.signal)
        : focus.type === "benchmark"
          ? api.neighbors(focus.id, 1, FOCUS_LIMIT, ctrl.signal)
          : api.graph(view, url.filters, ctrl.signal);
    request.then(
      (payload) => {
        markDataArrived(payload.nodes.length);
        dispatch({ type: "showGraph", payload, title: text.title });
        setFitKey(loadKey);
        setBusy({ type: "idle" });
      },
      (err) => {
        if (ctrl.signal.aborted) return;
        setBusy({ type: "error", message: describeError(err), retry: () => setReload((r) => r + 1) });
      },
    );
    return () => ctrl.abort();
  }, [loadKey]);
  return { fitKey, setFitKey };
}
