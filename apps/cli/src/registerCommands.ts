import type { Command } from "commander";
import type { CliSettings } from "./CliSettings.ts";
import { registerDiff } from "./commands/diff.ts";
import { registerExport } from "./commands/export.ts";
import { registerExtract } from "./commands/extract.ts";
import { registerIngest } from "./commands/ingest.ts";
import { registerNeo4j } from "./commands/neo4j.ts";
import { registerPapers } from "./commands/papers.ts";
import { registerQuery } from "./commands/query.ts";
import { registerServe } from "./commands/serve.ts";
import { registerStart } from "./commands/start.ts";

/**
 * Every `paperkg` sub-command, one file each under `commands/`. A command file imports only types
 * and light helpers at the top and its packages inside the action (`await import(…)`), so
 * `paperkg --help` loads commander and little else; the bundle makes each a chunk loaded on use.
 */
export function registerCommands(program: Command, settings: CliSettings): void {
  registerDiff(program, settings);
  registerExport(program, settings);
  registerExtract(program);
  registerIngest(program, settings);
  registerNeo4j(program, settings);
  registerPapers(program);
  registerQuery(program, settings);
  registerServe(program, settings);
  registerStart(program, settings);
}
