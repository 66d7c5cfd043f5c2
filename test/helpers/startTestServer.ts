import { createServer, type ServerOptions } from "@paperkg/server";
import { type Neo4jConnection, openDriver } from "@paperkg/store";

export interface TestServer {
  url: string;
  /** GET `path` on this server: its status and parsed JSON body. */
  get: (path: string) => Promise<{ status: number; body: Record<string, unknown> }>;
  /** Resolves once the server's read model (when on) has finished loading. */
  readModelLoaded: () => Promise<void>;
  close: () => Promise<void>;
}

/** The real server on a free loopback port, over the test Neo4j. */
export async function startTestServer(
  conn: Neo4jConnection,
  options: Partial<Omit<ServerOptions, "driver" | "database">> = {},
): Promise<TestServer> {
  const driver = openDriver(conn, { failFast: true });
  // No response cache and no read model unless a test asks: tests change the graph under a running server.
  const app = await createServer({
    driver,
    database: conn.database,
    cacheSeconds: 0,
    readModel: false,
    ...options,
  });
  const url = await app.listen({ port: 0, host: "127.0.0.1" });
  return {
    url,
    get: async (path) => {
      const res = await fetch(`${url}${path}`);
      return { status: res.status, body: (await res.json()) as Record<string, unknown> };
    },
    readModelLoaded: async () => {
      await app.readModel?.settled();
    },
    close: async () => {
      await app.close();
      await driver.close();
    },
  };
}
