import { createWriteStream, mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { finished } from "node:stream/promises";
import type { Command } from "commander";
import type { CliSettings } from "../CliSettings.ts";

/** `paperkg export --format neo4j-admin --out DIR <inputs…>`: CSV files for the bulk importer. */
export function registerExport(program: Command, cli: CliSettings): void {
  program
    .command("export")
    .description(
      "write the graph of <inputs> as CSV files for `neo4j-admin database import full` (bulk path)",
    )
    .argument("<inputs...>", "files, folders or globs to read")
    .requiredOption("--out <dir>", "folder for the CSV files and import.sh")
    .option("--format <format>", "only neo4j-admin for now", "neo4j-admin")
    .action(async (inputs: string[], opts: { out: string; format: string }) => {
      if (opts.format !== "neo4j-admin")
        throw new Error(`--format must be neo4j-admin, got "${opts.format}"`);
      const { ADMIN_ARRAY_DELIMITER, neo4jAdminImport } = await import("@paperkg/graph");
      const { buildGraph } = await import("@paperkg/pipeline");
      const { drawProgress } = await import("../drawProgress.ts");
      const { snapshot, analytics, diagnostics } = await buildGraph(inputs, {
        onEvent: drawProgress(cli),
      });
      for (const d of diagnostics) process.stderr.write(`${d.file}:${d.line}: ${d.code}: ${d.message}\n`);
      const out = resolve(opts.out);
      mkdirSync(out, { recursive: true });
      const files = neo4jAdminImport(snapshot, analytics);
      for (const file of files) {
        const stream = createWriteStream(join(out, file.name));
        for (const line of file.lines()) {
          if (!stream.write(line)) await new Promise<void>((r) => stream.once("drain", () => r()));
        }
        stream.end();
        await finished(stream);
      }
      const args = files.map((f) => `  --${f.kind}="$DIR/${f.name}"`).join(" \\\n");
      writeFileSync(
        join(out, "import.sh"),
        `#!/usr/bin/env bash
# Load these files into an EMPTY database with Neo4j's bulk importer (stop the server first), then
# start it and run \`paperkg serve\` (it creates paperkg's indexes on start).
set -euo pipefail
DIR="$(cd "$(dirname "$0")" && pwd)"
neo4j-admin database import full "\${1:-neo4j}" --overwrite-destination \\
  --array-delimiter="${ADMIN_ARRAY_DELIMITER}" --multiline-fields=true \\
${args}
`,
        { mode: 0o755 },
      );
      process.stderr.write(
        `export: ${snapshot.papers.length} papers, ${snapshot.entities.length} entities, ${snapshot.links.length} links, ${analytics.communities.length} communities → ${out}\n`,
      );
      process.stdout.write(`${out}\n`);
    });
}
