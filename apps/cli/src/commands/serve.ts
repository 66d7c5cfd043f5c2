import type { Command } from "commander";
import type { CliSettings } from "../CliSettings.ts";
import { onShutdown } from "../onShutdown.ts";
import { addServerFlags, serverSettingsFrom } from "../serverFlags.ts";

/** `paperkg serve`: the HTTP API and the web app over the current database. */
export function registerServe(program: Command, cli: CliSettings): void {
  addServerFlags(
    program.command("serve").description("serve the API and the web explorer (starts or reuses Neo4j)"),
  ).action(async (opts: { port?: string; host?: string }) => {
    const settings = await serverSettingsFrom(cli.env, opts);
    const { resolveLauncherSettings, resolveNeo4j } = await import("@paperkg/neo4j-launcher");
    const { runServer } = await import("../runServer.ts");
    const neo4j = await resolveNeo4j(resolveLauncherSettings(cli.env));
    let closeServer: (() => Promise<void>) | null = null;
    onShutdown(async () => {
      await closeServer?.();
      await neo4j.release();
    });
    try {
      closeServer = await runServer({ neo4j, settings });
    } catch (err) {
      await neo4j.release();
      throw err;
    }
  });
}
