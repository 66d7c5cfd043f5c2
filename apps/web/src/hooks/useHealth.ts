import type { Health } from "@paperkg/core";
import { api } from "../api/api.ts";
import type { Loadable } from "../core/app/types.ts";
import { useApi } from "./useApi.ts";

/** `/api/health`, asked once: graph size (which picks the first view) and whether the database is up. */
export function useHealth(): Loadable<Health> {
  return useApi((signal) => api.health(signal), []);
}
