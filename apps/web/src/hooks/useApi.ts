import { type DependencyList, useEffect, useState } from "react";
import { describeError } from "../api/ApiClientError.ts";
import type { Loadable } from "../core/app/types.ts";

/** Run `load` when `deps` change (or not at all while it is `null`); stale answers are dropped. */
export function useApi<T>(
  load: ((signal: AbortSignal) => Promise<T>) | null,
  deps: DependencyList,
): Loadable<T> {
  const [state, setState] = useState<Loadable<T>>({ type: "idle" });
  useEffect(() => {
    if (!load) {
      setState({ type: "idle" });
      return;
    }
    const ctrl = new AbortController();
    setState({ type: "loading" });
    load(ctrl.signal).then(
      (data) => !ctrl.signal.aborted && setState({ type: "ok", data }),
      (err) => !ctrl.signal.aborted && setState({ type: "error", message: describeError(err) }),
    );
    return () => ctrl.abort();
  }, deps);
  return state;
}
