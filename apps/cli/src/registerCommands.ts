import type { Command } from "commander";
import type { CliSettings } from "./CliSettings.ts";
import { registerExport } from "./commands/export.ts";
import { registerExtract } from "./commands/extract.ts";
import { registerIngest } from "./commands/ingest.ts";
import { registerNeo4j } from "./commands/neo4j.ts";
import { registerPapers } from "./commands/papers.ts";
import { registerQuery } from "./commands/query.ts";
import { registerServe } from "./commands/serve.ts";
import { registerStart } from "./commands/start.ts";

/** Every `paperkg` sub-command, one file each under `commands/`. */
export function registerCommands(program: Command, settings: CliSettings): void {
  registerExport(program, settings);
  registerExtract(program);
  registerIngest(program, settings);
  registerNeo4j(program, settings);
  registerPapers(program);
  registerQuery(program, settings);
  registerServe(program, settings);
  registerStart(program, settings);
}
