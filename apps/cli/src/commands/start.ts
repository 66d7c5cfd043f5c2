import { resolveNeo4j } from "@paperkg/neo4j-launcher";
import type { Command } from "commander";
import { runServer } from "../runServer.ts";

/** `paperkg start` (what `pnpm start` runs): Neo4j, the sample graph when the database is empty, the server. */
export function registerStart(program: Command): void {
  program
    .command("start")
    .description(
      "start or reuse Neo4j, ingest data/samples when the database has no papers, and serve the explorer",
    )
    .option("-p, --port <port>", "port to listen on (env PAPERKG_PORT)", process.env.PAPERKG_PORT ?? "5173")
    .option("--host <host>", "address to bind (env PAPERKG_HOST)", process.env.PAPERKG_HOST ?? "127.0.0.1")
    .action(async (opts: { port: string; host: string }) => {
      const neo4j = await resolveNeo4j();
      process.stderr.write(`neo4j: ${neo4j.startedHere ? "started" : "using"} ${neo4j.connection.uri}\n`);
      await runServer({ neo4j, port: Number(opts.port), host: opts.host });
    });
}
