import type { ResolvedNeo4j } from "@paperkg/neo4j-launcher";
import { createServer, type ServerSettings } from "@paperkg/server";
import { ensureSchema, openDriver } from "@paperkg/store";

/**
 * Start the HTTP server over `neo4j` with `settings` (`resolveServerSettings`) and print its URL
 * (stdout) — resolves with a function that closes the server and its driver. The caller decides
 * what else to stop on shutdown.
 */
export async function runServer(options: {
  neo4j: ResolvedNeo4j;
  settings: ServerSettings;
}): Promise<() => Promise<void>> {
  const driver = openDriver(options.neo4j.connection, { failFast: true });
  // Databases loaded by neo4j-admin (or elsewhere) get paperkg's indexes here; harmless when present.
  await ensureSchema(driver, options.neo4j.connection.database).catch(() => {});
  const { settings } = options;
  const server = await createServer({ driver, database: options.neo4j.connection.database, ...settings });
  const address = await server.listen({ port: settings.port, host: settings.host });
  process.stderr.write(`paperkg: serving on ${address} (Ctrl-C to stop)\n`);
  process.stdout.write(`${address.replace("127.0.0.1", "localhost")}/\n`);
  return async () => {
    await server.close();
    await driver.close();
  };
}
