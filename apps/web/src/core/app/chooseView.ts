import type { GraphView, Health } from "@paperkg/core";
import type { Loadable } from "./types.ts";

/** Above this many nodes the first view is communities as aggregated nodes. */
export const LARGE_GRAPH_NODES = 10_000;

/**
 * The view the map loads: the one the URL names, else one picked by the graph's size once
 * `/api/health` answers (bipartite when it cannot). `null` while health is still pending.
 */
export function chooseView(requested: GraphView | null, health: Loadable<Health>): GraphView | null {
  if (requested) return requested;
  if (health.type === "ok") return health.data.nodes > LARGE_GRAPH_NODES ? "communities" : "bipartite";
  if (health.type === "error") return "bipartite";
  return null;
}
