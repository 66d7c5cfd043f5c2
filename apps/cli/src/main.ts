#!/usr/bin/env node
import { Command } from "commander";
import { resolveCliSettings } from "./CliSettings.ts";
import { registerCommands } from "./registerCommands.ts";
import { reportFatal } from "./reportFatal.ts";

const program = new Command("paperkg")
  .description(
    "Knowledge-graph explorer for research papers: ingest abstracts, extract entities, explore in Neo4j",
  )
  .showHelpAfterError("(run with --help for usage)")
  .configureOutput({ writeErr: (s) => process.stderr.write(s), writeOut: (s) => process.stdout.write(s) });

const settings = resolveCliSettings(process.env, Boolean(process.stderr.isTTY));
registerCommands(program, settings);

program.parseAsync(process.argv).catch((err) => reportFatal(err, settings));
