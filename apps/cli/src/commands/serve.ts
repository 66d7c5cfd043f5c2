import type { Command } from "commander";
import { onShutdown } from "../onShutdown.ts";

/** `paperkg serve`: the HTTP API and the web app over the current database. */
export function registerServe(program: Command): void {
  program
    .command("serve")
    .description("serve the API and the web explorer (starts or reuses Neo4j)")
    .option("-p, --port <port>", "port to listen on (env PAPERKG_PORT)", process.env.PAPERKG_PORT ?? "7700")
    .option(
      "--host <host>",
      "address to bind (env PAPERKG_HOST); other than loopback requires PAPERKG_TOKEN",
      process.env.PAPERKG_HOST ?? "127.0.0.1",
    )
    .action(async (opts: { port: string; host: string }) => {
      const { resolveLauncherSettings, resolveNeo4j } = await import("@paperkg/neo4j-launcher");
      const { runServer } = await import("../runServer.ts");
      const neo4j = await resolveNeo4j(resolveLauncherSettings());
      let closeServer: (() => Promise<void>) | null = null;
      onShutdown(async () => {
        await closeServer?.();
        await neo4j.release();
      });
      try {
        closeServer = await runServer({ neo4j, port: Number(opts.port), host: opts.host });
      } catch (err) {
        await neo4j.release();
        throw err;
      }
    });
}
