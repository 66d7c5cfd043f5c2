import type { Command } from "commander";
import { registerExport } from "./commands/export.ts";
import { registerExtract } from "./commands/extract.ts";
import { registerIngest } from "./commands/ingest.ts";
import { registerNeo4j } from "./commands/neo4j.ts";
import { registerPapers } from "./commands/papers.ts";
import { registerQuery } from "./commands/query.ts";
import { registerServe } from "./commands/serve.ts";
import { registerStart } from "./commands/start.ts";

/** Every `paperkg` sub-command, one file each under `commands/`. */
export function registerCommands(program: Command): void {
  registerExport(program);
  registerExtract(program);
  registerIngest(program);
  registerNeo4j(program);
  registerPapers(program);
  registerQuery(program);
  registerServe(program);
  registerStart(program);
}
