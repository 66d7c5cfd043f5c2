import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Command } from "commander";
import type { CliSettings } from "../CliSettings.ts";
import { onShutdown } from "../onShutdown.ts";
import { printIngestReport } from "../printIngestReport.ts";
import { addServerFlags, serverSettingsFrom } from "../serverFlags.ts";

/** The sample pages shipped in the repository: the default input of `pnpm start`. */
export const SAMPLES_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "../../../../data/samples");

/** `paperkg start` (what `pnpm start` runs): Neo4j, the sample graph when the database is empty, the server. */
export function registerStart(program: Command, cli: CliSettings): void {
  addServerFlags(
    program
      .command("start")
      .description(
        "start or reuse Neo4j, ingest data/samples when the database has no papers, and serve the explorer",
      ),
  )
    .option("--input <paths...>", "what to ingest when the database is empty", [SAMPLES_DIR])
    .action(async (opts: { port?: string; host?: string; input: string[] }) => {
      const settings = await serverSettingsFrom(cli.env, opts);
      const { resolveLauncherSettings, resolveNeo4j } = await import("@paperkg/neo4j-launcher");
      const { openDriver, runCypher } = await import("@paperkg/store");
      const { runServer } = await import("../runServer.ts");
      const neo4j = await resolveNeo4j(resolveLauncherSettings(cli.env));
      process.stderr.write(`neo4j: ${neo4j.startedHere ? "started" : "using"} ${neo4j.connection.uri}\n`);
      let closeServer: (() => Promise<void>) | null = null;
      onShutdown(async () => {
        await closeServer?.();
        if (neo4j.startedHere) process.stderr.write("neo4j: stopping the server this run started…\n");
        await neo4j.release();
      });
      try {
        const driver = openDriver(neo4j.connection);
        const count = await runCypher(
          driver,
          "MATCH (p:Paper) RETURN count(p) AS n",
          {},
          {
            database: neo4j.connection.database,
          },
        ).finally(() => driver.close());
        const papers = Number(count.rows[0]?.n ?? 0);
        if (papers === 0) {
          process.stderr.write(`paperkg: the database has no papers; ingesting ${opts.input.join(", ")}\n`);
          const { runIngest } = await import("@paperkg/pipeline");
          const { drawProgress } = await import("../drawProgress.ts");
          const report = await runIngest({
            inputs: opts.input,
            connection: neo4j.connection,
            onEvent: drawProgress(cli),
          });
          printIngestReport(report);
        } else {
          process.stderr.write(`paperkg: the database holds ${papers} papers; serving them\n`);
        }
        closeServer = await runServer({ neo4j, settings });
      } catch (err) {
        await neo4j.release();
        throw err;
      }
    });
}
