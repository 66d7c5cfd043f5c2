import type { LauncherSettings } from "./LauncherSettings.ts";
import { launcherPaths } from "./launcherPaths.ts";
import { bundledConnection } from "./neo4jInstance.ts";
import { runningPid } from "./processAlive.ts";

export type Neo4jStatus =
  | { type: "external"; uri: string }
  | { type: "running"; uri: string; pid: number; home: string }
  | { type: "stopped"; uri: string; home: string };

/** Whether the bundled server runs (by its pid file), or that NEO4J_URI names another one. */
export function neo4jStatus(settings: LauncherSettings): Neo4jStatus {
  if (settings.external) return { type: "external", uri: settings.external.uri };
  const paths = launcherPaths(settings);
  const uri = bundledConnection(paths, settings).uri;
  const pid = runningPid(paths);
  return pid === null
    ? { type: "stopped", uri, home: paths.home }
    : { type: "running", uri, pid, home: paths.home };
}
