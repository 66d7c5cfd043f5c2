import type { Neo4jConnection } from "@paperkg/store";
import type { LauncherSettings } from "./LauncherSettings.ts";
import { type StartOptions, startNeo4j, verifyExternal } from "./startNeo4j.ts";
import { stopNeo4j } from "./stopNeo4j.ts";

export interface ResolvedNeo4j {
  connection: Neo4jConnection;
  /** Stops the server only if this call started it; a no-op otherwise. */
  release: () => Promise<void>;
  startedHere: boolean;
}

/**
 * The Neo4j every command uses: the one named by NEO4J_URI (never started or stopped by us), else
 * the bundled one, started when needed.
 */
export async function resolveNeo4j(
  settings: LauncherSettings,
  options: StartOptions = {},
): Promise<ResolvedNeo4j> {
  if (settings.external) {
    await verifyExternal(settings.external);
    return { connection: settings.external, release: async () => {}, startedHere: false };
  }
  const started = await startNeo4j(settings, options);
  return {
    connection: started.connection,
    startedHere: started.started,
    release: async () => {
      if (started.started) await stopNeo4j(settings);
    },
  };
}
