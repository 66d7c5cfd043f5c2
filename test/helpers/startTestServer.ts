import { createServer, type ServerOptions } from "@paperkg/server";
import { type Neo4jConnection, openDriver } from "@paperkg/store";

export interface TestServer {
  url: string;
  close: () => Promise<void>;
}

/** The real server on a free loopback port, over the test Neo4j. */
export async function startTestServer(
  conn: Neo4jConnection,
  options: Partial<Omit<ServerOptions, "driver" | "database">> = {},
): Promise<TestServer> {
  const driver = openDriver(conn, { failFast: true });
  // No response cache unless a test asks for one: tests change the graph under a running server.
  const app = await createServer({ driver, database: conn.database, cacheSeconds: 0, ...options });
  const url = await app.listen({ port: 0, host: "127.0.0.1" });
  return {
    url,
    close: async () => {
      await app.close();
      await driver.close();
    },
  };
}
