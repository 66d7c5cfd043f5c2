import type { Command } from "commander";
import type { CliSettings } from "../CliSettings.ts";

/** `paperkg neo4j start|stop|import|status`: the bundled Neo4j server. */
export function registerNeo4j(program: Command, cli: CliSettings): void {
  const neo4j = program
    .command("neo4j")
    .description("manage the bundled Neo4j 5.26 Community server (ignored when NEO4J_URI is set)");

  neo4j
    .command("start")
    .description("start Neo4j in the background (downloads it on first use) and wait until it accepts logins")
    .action(async () => {
      const { resolveLauncherSettings, startNeo4j } = await import("@paperkg/neo4j-launcher");
      const settings = resolveLauncherSettings(cli.env);
      if (settings.external) {
        process.stderr.write(`NEO4J_URI is set: using ${settings.external.uri}, nothing to start\n`);
        return;
      }
      const started = await startNeo4j(settings);
      process.stderr.write(`${started.started ? "started" : "already running"} (pid ${started.pid})\n`);
      process.stdout.write(`${started.connection.uri}\n`);
    });

  neo4j
    .command("stop")
    .description("stop the bundled Neo4j cleanly")
    .action(async () => {
      const { resolveLauncherSettings, stopNeo4j } = await import("@paperkg/neo4j-launcher");
      const pid = await stopNeo4j(resolveLauncherSettings(cli.env));
      process.stderr.write(pid === null ? "neo4j: not running\n" : `neo4j: stopped (pid ${pid})\n`);
    });

  neo4j
    .command("import")
    .description(
      "replace the bundled database with a folder from `paperkg export --format neo4j-admin` (Neo4j stopped)",
    )
    .argument("<dir>", "the export folder (holds import.json and the CSV files)")
    .action(async (dir: string) => {
      const { importDatabase, resolveLauncherSettings } = await import("@paperkg/neo4j-launcher");
      const { database, report } = await importDatabase(resolveLauncherSettings(cli.env), dir);
      const summary = report
        .split("\n")
        .filter((l) => /^(IMPORT DONE|Imported:|\s+\d+ (nodes|relationships|properties))/.test(l))
        .join("\n");
      process.stderr.write(`${summary || "import done"}\n`);
      process.stderr.write(
        `neo4j: database "${database}" replaced; start it with \`paperkg neo4j start\` or \`paperkg serve\`\n`,
      );
    });

  neo4j
    .command("status")
    .description("say whether the bundled Neo4j runs, and where")
    .action(async () => {
      const { neo4jStatus, resolveLauncherSettings } = await import("@paperkg/neo4j-launcher");
      const s = neo4jStatus(resolveLauncherSettings(cli.env));
      const line =
        s.type === "external"
          ? `external: NEO4J_URI=${s.uri}`
          : s.type === "running"
            ? `running: ${s.uri} (pid ${s.pid}, home ${s.home})`
            : `stopped (would listen on ${s.uri}, home ${s.home})`;
      process.stdout.write(`${line}\n`);
      if (s.type === "stopped") process.exitCode = 3;
    });
}
