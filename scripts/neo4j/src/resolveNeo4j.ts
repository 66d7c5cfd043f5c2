import { connectionFromEnv, type Neo4jConnection } from "@paperkg/store";
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
export async function resolveNeo4j(options: StartOptions = {}): Promise<ResolvedNeo4j> {
  const env = options.env ?? process.env;
  const external = connectionFromEnv(env);
  if (external) {
    await verifyExternal(external);
    return { connection: external, release: async () => {}, startedHere: false };
  }
  const started = await startNeo4j(options);
  return {
    connection: started.connection,
    startedHere: started.started,
    release: async () => {
      if (started.started) await stopNeo4j(env);
    },
  };
}
