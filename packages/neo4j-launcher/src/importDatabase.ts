import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { z } from "zod";
import { checkJava } from "./checkJava.ts";
import { ensureNeo4jRuntime } from "./ensureNeo4jRuntime.ts";
import { finishImport } from "./finishImport.ts";
import type { LauncherSettings } from "./LauncherSettings.ts";
import { launcherPaths } from "./launcherPaths.ts";
import { Neo4jLauncherError } from "./Neo4jLauncherError.ts";
import { bundledConnection } from "./neo4jInstance.ts";
import { runningPid } from "./processAlive.ts";
import { startNeo4j } from "./startNeo4j.ts";
import { stopNeo4j } from "./stopNeo4j.ts";
import { writeInitialPassword } from "./writeInitialPassword.ts";
import { writeNeo4jConfig } from "./writeNeo4jConfig.ts";

/** `import.json`, written by `paperkg export --format neo4j-admin` beside its CSV files. */
const Name = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, "a label or property name (letters, digits, _)");
const FileName = z.string().regex(/^[\w.-]+$/, "a file name inside the folder");

export const ImportManifest = z.object({
  arrayDelimiter: z.string().length(1),
  nodes: z.array(FileName).min(1),
  relationships: z.array(FileName),
  /** List properties the importer leaves out when empty and ingest stores as `[]`. */
  emptyLists: z
    .array(z.object({ kind: z.enum(["nodes", "relationships"]), label: Name, property: Name }))
    .default([]),
});
export type ImportManifest = z.infer<typeof ImportManifest>;

export const IMPORT_MANIFEST = "import.json";

/** Neo4j's admin command line, in the jars the launcher already fetched for the server. */
const ADMIN_TOOL = "org.neo4j.cli.AdminTool";

/** The arguments of `neo4j-admin database import full` for the files a manifest names. */
export function importArguments(
  dir: string,
  manifest: ImportManifest,
  database: string,
  reportFile: string,
): string[] {
  return [
    "database",
    "import",
    "full",
    database,
    "--overwrite-destination=true",
    `--array-delimiter=${manifest.arrayDelimiter}`,
    "--multiline-fields=true",
    `--report-file=${reportFile}`,
    ...manifest.nodes.map((f) => `--nodes=${join(dir, f)}`),
    ...manifest.relationships.map((f) => `--relationships=${join(dir, f)}`),
  ];
}

function readManifest(dir: string): ImportManifest {
  const file = join(dir, IMPORT_MANIFEST);
  if (!existsSync(file))
    throw new Neo4jLauncherError(
      "IMPORT_FAILED",
      `${file} not found: point at a folder written by \`paperkg export --format neo4j-admin --out DIR\`.`,
    );
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, "utf8"));
  } catch (err) {
    throw new Neo4jLauncherError(
      "IMPORT_FAILED",
      `${file} is not JSON (${(err as Error).message}); export the folder again.`,
    );
  }
  const parsed = ImportManifest.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Neo4jLauncherError(
      "IMPORT_FAILED",
      `${file}: field "${issue.path.join(".")}" ${issue.message}; export the folder again.`,
    );
  }
  for (const f of [...parsed.data.nodes, ...parsed.data.relationships])
    if (!existsSync(join(dir, f)))
      throw new Neo4jLauncherError(
        "IMPORT_FAILED",
        `${join(dir, f)}, named in ${file}, is missing; export the folder again.`,
      );
  return parsed.data;
}

/**
 * Load an export folder into the bundled Neo4j with its own bulk importer (`neo4j-admin database
 * import full`, run from the cached jars: no separate install). The server must be stopped; the
 * database's previous content is replaced. Then the server is started once to create paperkg's
 * indexes and give the empty lists the importer leaves out their `[]` (so the graph equals what
 * ingest writes), and stopped again.
 * Resolves with the importer's report.
 */
export async function importDatabase(
  settings: LauncherSettings,
  folder: string,
  options: { log?: (line: string) => void } = {},
): Promise<{ database: string; report: string }> {
  const log = options.log ?? ((l: string) => process.stderr.write(`${l}\n`));
  if (settings.external)
    throw new Neo4jLauncherError(
      "IMPORT_FAILED",
      `NEO4J_URI is set (${settings.external.uri}): run that server's own \`neo4j-admin\` with the folder's import.sh instead.`,
    );
  const paths = launcherPaths(settings);
  const pid = runningPid(paths);
  if (pid !== null)
    throw new Neo4jLauncherError(
      "IMPORT_FAILED",
      `the bundled Neo4j is running (pid ${pid}); stop it first with \`paperkg neo4j stop\`.`,
    );
  const dir = resolve(folder);
  const manifest = readManifest(dir);
  const java = checkJava(settings.javaHome);
  mkdirSync(paths.logs, { recursive: true });
  const lib = await ensureNeo4jRuntime(paths, settings.mavenCmd, log);
  writeNeo4jConfig(paths, settings);
  const connection = bundledConnection(paths, settings);
  writeInitialPassword(paths, connection.password);
  const args = [
    "-cp",
    `${lib}/*`,
    ADMIN_TOOL,
    ...importArguments(dir, manifest, connection.database, join(paths.logs, "import.report")),
  ];
  log(`neo4j: importing ${dir} into database "${connection.database}" of ${paths.home}…`);
  const { code, output } = await new Promise<{ code: number | null; output: string }>((res, rej) => {
    const child = spawn(java, args, {
      env: { ...process.env, NEO4J_HOME: paths.home, NEO4J_CONF: paths.conf },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let text = "";
    child.stdout.on("data", (d) => {
      text += d;
    });
    child.stderr.on("data", (d) => {
      text += d;
    });
    child.on("error", rej);
    child.on("close", (c) => res({ code: c, output: text }));
  });
  if (code !== 0) {
    const tail = output.trim().split("\n").slice(-12).join("\n");
    throw new Neo4jLauncherError("IMPORT_FAILED", `neo4j-admin import exited with ${code}:\n${tail}`);
  }
  log("neo4j: starting the imported database once for paperkg's indexes and its empty lists…");
  await startNeo4j(settings, { log });
  try {
    await finishImport(connection, manifest.emptyLists);
  } finally {
    await stopNeo4j(settings);
  }
  return { database: connection.database, report: output };
}
