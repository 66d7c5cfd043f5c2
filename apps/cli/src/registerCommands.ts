import type { Command } from "commander";
import { registerNeo4j } from "./commands/neo4j.ts";
import { registerServe } from "./commands/serve.ts";
import { registerStart } from "./commands/start.ts";

/** Every `paperkg` sub-command, one file each under `commands/`. */
export function registerCommands(program: Command): void {
  registerNeo4j(program);
  registerServe(program);
  registerStart(program);
}
