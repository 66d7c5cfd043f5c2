import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { createInterface } from "node:readline";
import { type LauncherPaths, NEO4J_VERSION } from "./launcherPaths.ts";
import { Neo4jLauncherError } from "./Neo4jLauncherError.ts";

const COMPLETE_MARKER = ".complete";

/**
 * Make sure the Neo4j jars are in the cache; on first use fetch them from Maven Central with
 * `mvn dependency:copy-dependencies`, printing a line per downloaded artifact to stderr.
 */
export async function ensureNeo4jRuntime(
  paths: LauncherPaths,
  mvn: string,
  log: (line: string) => void = (l) => process.stderr.write(`${l}\n`),
): Promise<string> {
  if (existsSync(`${paths.lib}/${COMPLETE_MARKER}`)) return paths.lib;
  if (spawnSync(mvn, ["--version"], { encoding: "utf8" }).error) {
    throw new Neo4jLauncherError(
      "MAVEN_MISSING",
      `Maven (mvn) was not found; it fetches Neo4j ${NEO4J_VERSION} from Maven Central on first use. Install it (Debian: apt-get install maven) or set NEO4J_URI to use your own Neo4j.`,
    );
  }
  const staging = `${paths.lib}.partial`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(dirname(paths.lib), { recursive: true });
  log(`neo4j: downloading Neo4j ${NEO4J_VERSION} Community from Maven Central (first use only)…`);
  const child = spawn(
    mvn,
    [
      "-B",
      "-f",
      paths.pom,
      "dependency:copy-dependencies",
      `-DoutputDirectory=${staging}`,
      "-DincludeScope=runtime",
    ],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  const tail: string[] = [];
  let downloaded = 0;
  for await (const line of createInterface({ input: child.stdout })) {
    tail.push(line);
    if (tail.length > 30) tail.shift();
    if (/Downloaded from/.test(line)) {
      downloaded++;
      if (downloaded % 20 === 0) log(`neo4j: … ${downloaded} artifacts downloaded`);
    }
  }
  const code: number = await new Promise((res) => child.on("close", (c) => res(c ?? 1)));
  if (code !== 0) {
    throw new Neo4jLauncherError(
      "DOWNLOAD_FAILED",
      `Maven could not fetch Neo4j ${NEO4J_VERSION} (exit ${code}). Check access to Maven Central, then retry. Last lines:\n${tail.join("\n")}`,
    );
  }
  const jars = readdirSync(staging).filter((f) => f.endsWith(".jar"));
  if (!jars.some((j) => j.startsWith("neo4j-bolt-"))) {
    throw new Neo4jLauncherError(
      "DOWNLOAD_FAILED",
      `the downloaded classpath has no Bolt module (${staging}).`,
    );
  }
  writeFileSync(`${staging}/${COMPLETE_MARKER}`, `${jars.length} jars\n`);
  rmSync(paths.lib, { recursive: true, force: true });
  renameSync(staging, paths.lib);
  log(`neo4j: cached ${jars.length} jars in ${paths.lib}`);
  return paths.lib;
}
