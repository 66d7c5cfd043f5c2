/** What went wrong while preparing or running the bundled Neo4j; messages always name the fix. */
export type Neo4jLauncherErrorCode =
  | "JAVA_MISSING"
  | "JAVA_TOO_OLD"
  | "MAVEN_MISSING"
  | "DOWNLOAD_FAILED"
  | "PORT_IN_USE"
  | "START_FAILED"
  | "AUTH_FAILED"
  | "UNREACHABLE"
  | "INVALID_SETTING"
  | "IMPORT_FAILED";

export class Neo4jLauncherError extends Error {
  readonly code: Neo4jLauncherErrorCode;
  constructor(code: Neo4jLauncherErrorCode, message: string, options?: { cause?: unknown }) {
    super(`neo4j: ${message}`, options);
    this.name = "Neo4jLauncherError";
    this.code = code;
  }
}
