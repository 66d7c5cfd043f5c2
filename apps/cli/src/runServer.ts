import type { ResolvedNeo4j } from "@paperkg/neo4j-launcher";
import { createServer } from "@paperkg/server";
import { ensureSchema, openDriver } from "@paperkg/store";

/**
 * Start the HTTP server over `neo4j` and print its URL (stdout) — resolves with a function that
 * closes the server and its driver. The caller decides what else to stop on shutdown.
 */
export async function runServer(options: {
  neo4j: ResolvedNeo4j;
  port: number;
  host: string;
}): Promise<() => Promise<void>> {
  const driver = openDriver(options.neo4j.connection, { failFast: true });
  // Databases loaded by neo4j-admin (or elsewhere) get paperkg's indexes here; harmless when present.
  await ensureSchema(driver, options.neo4j.connection.database).catch(() => {});
  const server = await createServer({
    driver,
    database: options.neo4j.connection.database,
    host: options.host,
  });
  const address = await server.listen({ port: options.port, host: options.host });
  process.stderr.write(`paperkg: serving on ${address} (Ctrl-C to stop)\n`);
  process.stdout.write(`${address.replace("127.0.0.1", "localhost")}/\n`);
  return async () => {
    await server.close();
    await driver.close();
  };
}
