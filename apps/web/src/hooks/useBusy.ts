import { useCallback, useState } from "react";
import { describeError } from "../api/ApiClientError.ts";
import type { Busy } from "../core/app/types.ts";

/** The map's busy state, and `run` to show a spinner while some work runs and its error after. */
export function useBusy() {
  const [busy, setBusy] = useState<Busy>({ type: "idle" });
  const run = useCallback(async (label: string, work: () => Promise<void>) => {
    setBusy({ type: "loading", label });
    try {
      await work();
      setBusy({ type: "idle" });
    } catch (err) {
      setBusy({ type: "error", message: describeError(err) });
    }
  }, []);
  return { busy, setBusy, run };
}
