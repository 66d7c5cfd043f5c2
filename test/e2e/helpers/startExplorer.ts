import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { runIngest } from "@paperkg/pipeline";
import { createServer, type ServerOptions } from "@paperkg/server";
import { type Neo4jConnection, openDriver } from "@paperkg/store";
import { wipeDatabase } from "../../helpers/wipeDatabase.ts";

export const ROOT = resolve(import.meta.dirname, "../../..");

/**
 * Markup appended to one sample paper's abstract after ingest (ingest strips tags, so it goes in
 * straight to the database): the app must show it as text and run none of it.
 */
export const MARKUP =
  ' <script>window.__xss = "script"</script> <img src="x" onerror="window.__xss = \'img\'">';
export const MARKUP_PAPER_TITLE = "Self-Polish";

export interface Explorer {
  baseUrl: string;
  /** Id of the paper whose abstract ends with MARKUP. */
  markupPaper: string;
  close(): Promise<void>;
}

/**
 * Wipe the test database, ingest `data/samples` in process (the pipeline), add the markup probe, and serve
 * the API and the built web app (`apps/web/dist`) from an in-process server on a free port
 * (`options`: a token, limits).
 */
export async function startExplorer(
  conn: Neo4jConnection,
  options: Partial<Omit<ServerOptions, "driver" | "database">> = {},
): Promise<Explorer> {
  if (!existsSync(join(ROOT, "apps/web/dist/index.html")))
    throw new Error("e2e: apps/web/dist is missing — run `pnpm build` first");
  const driver = openDriver(conn);
  await wipeDatabase(driver, conn.database);
  await runIngest({ inputs: ["data/samples"], connection: conn });
  const marked = await driver.executeQuery(
    "MATCH (p:Paper) WHERE p.title STARTS WITH $title SET p.abstract = p.abstract + $markup RETURN p.id AS id",
    { title: MARKUP_PAPER_TITLE, markup: MARKUP },
    { database: conn.database },
  );
  const markupPaper = marked.records[0]?.get("id");
  if (typeof markupPaper !== "string")
    throw new Error(`e2e: no sample paper titled "${MARKUP_PAPER_TITLE}…"`);
  const app = await createServer({
    driver,
    database: conn.database,
    webRoot: join(ROOT, "apps/web/dist"),
    ...options,
  });
  const address = await app.listen({ host: "127.0.0.1", port: 0 });
  return {
    baseUrl: address,
    markupPaper,
    async close() {
      await app.close();
      await wipeDatabase(driver, conn.database);
      await driver.close();
    },
  };
}
