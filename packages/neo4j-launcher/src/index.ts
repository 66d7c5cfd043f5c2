export { parseJavaMajor } from "./checkJava.ts";
export { IMPORT_MANIFEST, ImportManifest, importArguments, importDatabase } from "./importDatabase.ts";
export {
  DEFAULT_LAUNCHER_SETTINGS,
  LauncherSettings,
  resolveLauncherSettings,
} from "./LauncherSettings.ts";
export { launcherPaths, NEO4J_VERSION, stateDir } from "./launcherPaths.ts";
export { Neo4jLauncherError, type Neo4jLauncherErrorCode } from "./Neo4jLauncherError.ts";
export { type Neo4jStatus, neo4jStatus } from "./neo4jStatus.ts";
export { type ResolvedNeo4j, resolveNeo4j } from "./resolveNeo4j.ts";
export { type StartedNeo4j, type StartOptions, startNeo4j } from "./startNeo4j.ts";
export { stopNeo4j } from "./stopNeo4j.ts";
