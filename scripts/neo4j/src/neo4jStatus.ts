import { connectionFromEnv } from "@paperkg/store";
import { launcherPaths } from "./launcherPaths.ts";
import { bundledConnection } from "./neo4jInstance.ts";
import { runningPid } from "./processAlive.ts";

export type Neo4jStatus =
  | { type: "external"; uri: string }
  | { type: "running"; uri: string; pid: number; home: string }
  | { type: "stopped"; uri: string; home: string };

/** Whether the bundled server runs (by its pid file), or that NEO4J_URI names another one. */
export function neo4jStatus(env: NodeJS.ProcessEnv = process.env): Neo4jStatus {
  const external = connectionFromEnv(env);
  if (external) return { type: "external", uri: external.uri };
  const paths = launcherPaths(env);
  const uri = bundledConnection(paths, env).uri;
  const pid = runningPid(paths.pidFile);
  return pid === null
    ? { type: "stopped", uri, home: paths.home }
    : { type: "running", uri, pid, home: paths.home };
}
