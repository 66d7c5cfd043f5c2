import type { Command } from "commander";
import type { CliSettings } from "../CliSettings.ts";

/** `paperkg diff [--since SNAPSHOT]`: what the ingests after a snapshot added (default: the last ingest). */
export function registerDiff(program: Command, cli: CliSettings): void {
  program
    .command("diff")
    .description(
      "list what ingests added: new papers, entities first seen, entities that grew most, communities born, grown, split or merged",
    )
    .option(
      "--since <snapshot>",
      "compare with this snapshot (e.g. s3); default: the one before the last ingest",
    )
    .option("--limit <n>", "items per list", "20")
    .option("--snapshots", "list the snapshots instead")
    .option("--json", "print the changes as JSON on stdout")
    .action(async (opts: { since?: string; limit: string; snapshots?: boolean; json?: boolean }) => {
      const { ChangesQuery } = await import("@paperkg/core");
      const query = ChangesQuery.safeParse({ since: opts.since, limit: opts.limit });
      if (!query.success) {
        const issue = query.error.issues[0];
        throw new Error(`diff: --${issue?.path.join(".") ?? "since"}: ${issue?.message ?? "invalid"}`);
      }
      const { resolveLauncherSettings, resolveNeo4j } = await import("@paperkg/neo4j-launcher");
      const { openDriver, readChanges } = await import("@paperkg/store");
      const { formatChanges } = await import("../formatChanges.ts");
      const neo4j = await resolveNeo4j(resolveLauncherSettings(cli.env));
      const driver = openDriver(neo4j.connection);
      try {
        const changes = await readChanges(driver, neo4j.connection.database, query.data);
        if (!changes)
          throw new Error(`diff: no snapshot "${opts.since}" (paperkg diff --snapshots lists them)`);
        if (opts.json)
          process.stdout.write(`${JSON.stringify(opts.snapshots ? changes.snapshots : changes)}\n`);
        else if (opts.snapshots) {
          for (const s of changes.snapshots) {
            process.stdout.write(
              `${s.id}\t${s.at}\t${s.complete ? "complete" : "interrupted"}\t${s.papers ?? "-"} papers\t${s.inputs.join(" ")}\n`,
            );
          }
        } else process.stdout.write(formatChanges(changes));
      } finally {
        await driver.close();
      }
    });
}
