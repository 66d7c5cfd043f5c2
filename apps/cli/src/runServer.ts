import type { ResolvedNeo4j } from "@paperkg/neo4j-launcher";
import { createServer } from "@paperkg/server";
import { openDriver } from "@paperkg/store";

/**
 * Serve until Ctrl-C / SIGTERM, then close the server, the driver and — only if this process started
 * it — Neo4j, so nothing of ours is left running.
 */
export async function runServer(options: {
  neo4j: ResolvedNeo4j;
  port: number;
  host: string;
}): Promise<void> {
  const driver = openDriver(options.neo4j.connection, { failFast: true });
  const server = await createServer({
    driver,
    database: options.neo4j.connection.database,
    host: options.host,
  });
  const address = await server.listen({ port: options.port, host: options.host });
  process.stderr.write(`paperkg: serving on ${address}\n`);
  process.stdout.write(`${address.replace("127.0.0.1", "localhost")}/\n`);
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    process.stderr.write(`\npaperkg: ${signal}, shutting down…\n`);
    await server.close();
    await driver.close();
    if (options.neo4j.startedHere) process.stderr.write("neo4j: stopping the server this run started…\n");
    await options.neo4j.release();
    process.exit(0);
  };
  process.once("SIGINT", () => void stop("SIGINT"));
  process.once("SIGTERM", () => void stop("SIGTERM"));
}
