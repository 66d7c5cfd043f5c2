import {
  type LauncherSettings,
  resolveLauncherSettings,
  resolveNeo4j,
  stateDir,
} from "@paperkg/neo4j-launcher";
import type { Neo4jConnection } from "@paperkg/store";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    neo4j: Neo4jConnection;
    /** Launcher settings of the bundled test server (to stop and restart it), null for NEO4J_URI. */
    neo4jLauncher: LauncherSettings | null;
  }
}

/**
 * Start a Neo4j for the integration tests — the bundled one, in its own folder
 * (`.paperkg/neo4j-test`) on its own port (`PAPERKG_TEST_BOLT_PORT`, default 17687) so tests never
 * touch a user's graph — or use NEO4J_URI. Stops it afterwards if it started it here.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // Integration tests wipe their database, so they use NEO4J_URI only when told they may.
  const useExternal = Boolean(process.env.NEO4J_URI && process.env.PAPERKG_TEST_USE_NEO4J_URI === "1");
  const settings = resolveLauncherSettings(
    useExternal
      ? process.env
      : {
          ...process.env,
          PAPERKG_NEO4J_HOME: process.env.PAPERKG_TEST_NEO4J_HOME ?? stateDir("neo4j-test"),
          NEO4J_BOLT_PORT: process.env.PAPERKG_TEST_BOLT_PORT ?? "17687",
          NEO4J_URI: undefined,
          NEO4J_PASSWORD: undefined,
        },
  );
  const neo4j = await resolveNeo4j(settings);
  project.provide("neo4j", neo4j.connection);
  project.provide("neo4jLauncher", useExternal ? null : settings);
  return async () => {
    if (process.env.PAPERKG_KEEP_TEST_NEO4J) return;
    await neo4j.release();
  };
}
