import type { PathResult } from "@paperkg/core";
import { type Dispatch, useCallback, useEffect, useMemo, useState } from "react";
import { describeError } from "../api/ApiClientError.ts";
import { api } from "../api/api.ts";
import type { AppAction } from "../core/app/appReducer.ts";
import type { Loadable } from "../core/app/types.ts";
import type { UrlState } from "../core/url/urlState.ts";

/**
 * The shortest path between the URL's two path ends: `find` asks the API and adds the path to the
 * map; a shared link with both ends finds it once the map is there (`mapReady`).
 */
export function usePath(
  url: Pick<UrlState, "pathFrom" | "pathTo">,
  mapReady: boolean,
  dispatch: Dispatch<AppAction>,
) {
  const [result, setResult] = useState<Loadable<PathResult>>({ type: "idle" });
  const { pathFrom, pathTo } = url;

  const find = useCallback(() => {
    if (!pathFrom || !pathTo) return;
    setResult({ type: "loading" });
    api.path(pathFrom, pathTo).then(
      (r) => {
        setResult({ type: "ok", data: r });
        if (r.paths[0]) dispatch({ type: "addPath", path: r.paths[0] });
      },
      (err) => setResult({ type: "error", message: describeError(err) }),
    );
  }, [pathFrom, pathTo, dispatch]);

  useEffect(() => {
    if (mapReady && pathFrom && pathTo) find();
  }, [mapReady, pathFrom, pathTo]);

  const clear = useCallback(() => {
    setResult({ type: "idle" });
    dispatch({ type: "patchUrl", patch: { pathFrom: null, pathTo: null } });
  }, [dispatch]);

  /** Ids on the path found, for the map to highlight. */
  const nodes = useMemo(() => {
    const p = result.type === "ok" ? result.data.paths[0] : undefined;
    return p ? new Set(p.nodes.map((n) => n.id)) : null;
  }, [result]);

  return { result, find, clear, nodes };
}
