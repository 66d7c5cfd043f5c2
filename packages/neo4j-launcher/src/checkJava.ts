import { spawnSync } from "node:child_process";
import { Neo4jLauncherError } from "./Neo4jLauncherError.ts";

/** Parse the major version out of `java -version` output (`openjdk version "17.0.15"`, `"1.8.0_392"`). */
export function parseJavaMajor(versionOutput: string): number | null {
  const m = /version "(\d+)(?:\.(\d+))?/.exec(versionOutput);
  if (!m) return null;
  const first = Number(m[1]);
  return first === 1 && m[2] ? Number(m[2]) : first;
}

/** The `java` to run Neo4j with (`<javaHome>/bin/java` when set), checked to be 17 or newer. */
export function checkJava(javaHome: string | undefined): string {
  const java = javaHome ? `${javaHome}/bin/java` : "java";
  const r = spawnSync(java, ["-version"], { encoding: "utf8" });
  if (r.error) {
    throw new Neo4jLauncherError(
      "JAVA_MISSING",
      `Java was not found (${java}). Install Java 17 or newer (Debian: apt-get install openjdk-17-jre-headless) or set JAVA_HOME; or point NEO4J_URI at a Neo4j you run yourself.`,
    );
  }
  const major = parseJavaMajor(`${r.stderr}${r.stdout}`);
  if (major === null || major < 17) {
    throw new Neo4jLauncherError(
      "JAVA_TOO_OLD",
      `Neo4j 5.26 needs Java 17 or newer, found ${major ?? "an unknown version"} (${java}). Install Java 17+ and set JAVA_HOME to it.`,
    );
  }
  return java;
}
