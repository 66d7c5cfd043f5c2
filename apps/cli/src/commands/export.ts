import { randomUUID } from "node:crypto";
import { createWriteStream, mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { finished } from "node:stream/promises";
import type { Command } from "commander";
import type { CliSettings } from "../CliSettings.ts";
import { exportSite, type SiteSelectorFlags } from "./exportSite.ts";

/**
 * `paperkg export --format neo4j-admin --out DIR <inputs…>`: CSV files for the bulk importer;
 * `paperkg export --format site --out DIR [selector]`: the stored graph as a static offline site.
 */
export function registerExport(program: Command, cli: CliSettings): void {
  program
    .command("export")
    .description(
      "neo4j-admin: write the graph of <inputs> as CSV files for `neo4j-admin database import full` (bulk path); " +
        "site: write the stored graph (or a selection) as a static explorer that opens from file:// with no server",
    )
    .argument("[inputs...]", "neo4j-admin: files, folders or globs to read")
    .requiredOption("--out <dir>", "folder to write")
    .option("--format <format>", "neo4j-admin | site", "neo4j-admin")
    .option("--community <id>", "site: only this community")
    .option("--benchmark <id>", "site: only this benchmark and its papers")
    .option("--node <id>", "site: only this node and its neighbours (see --depth)")
    .option("--depth <n>", "site: neighbourhood depth for --node (1-3)", "1")
    .option("--ids <ids>", "site: only these node ids (comma-separated)")
    .action(async (inputs: string[], opts: { out: string; format: string } & SiteSelectorFlags) => {
      if (opts.format === "site") {
        if (inputs.length)
          throw new Error("export: --format site exports the stored graph and takes no <inputs>");
        await exportSite(cli, opts.out, opts);
        return;
      }
      if (opts.format !== "neo4j-admin")
        throw new Error(`export: --format must be neo4j-admin or site, got "${opts.format}"`);
      if (inputs.length === 0) throw new Error("export: --format neo4j-admin needs <inputs>");
      const { ADMIN_ARRAY_DELIMITER, ADMIN_EMPTY_LISTS, neo4jAdminImport } = await import("@paperkg/graph");
      const { buildGraph } = await import("@paperkg/pipeline");
      const { contentHashes } = await import("@paperkg/store");
      const { drawProgress } = await import("../drawProgress.ts");
      const { snapshot, analytics, diagnostics, inputPapers, settings } = await buildGraph(inputs, {
        onEvent: drawProgress(cli),
      });
      for (const d of diagnostics) process.stderr.write(`${d.file}:${d.line}: ${d.code}: ${d.message}\n`);
      const out = resolve(opts.out);
      mkdirSync(out, { recursive: true });
      const files = neo4jAdminImport(
        snapshot,
        analytics,
        {
          inputs,
          inputCount: inputPapers,
          settings,
          at: Date.now(),
          nonce: randomUUID(),
        },
        contentHashes(snapshot),
      );
      for (const file of files) {
        const stream = createWriteStream(join(out, file.name));
        for (const line of file.lines()) {
          if (!stream.write(line)) await new Promise<void>((r) => stream.once("drain", () => r()));
        }
        stream.end();
        await finished(stream);
      }
      const names = (kind: string) => files.filter((f) => f.kind === kind).map((f) => f.name);
      writeFileSync(
        join(out, "import.json"),
        `${JSON.stringify({ arrayDelimiter: ADMIN_ARRAY_DELIMITER, nodes: names("nodes"), relationships: names("relationships"), emptyLists: ADMIN_EMPTY_LISTS }, null, 2)}\n`,
      );
      const args = files.map((f) => `  --${f.kind}="$DIR/${f.name}"`).join(" \\\n");
      writeFileSync(
        join(out, "import.sh"),
        `#!/usr/bin/env bash
# Load these files with Neo4j's bulk importer (stop the server first; the database is replaced), then
# start it and run \`paperkg serve\` (it creates paperkg's indexes on start). For the bundled Neo4j,
# \`paperkg neo4j import DIR\` does the same without a separate neo4j-admin.
set -euo pipefail
DIR="$(cd "$(dirname "$0")" && pwd)"
neo4j-admin database import full "\${1:-neo4j}" --overwrite-destination \\
  --array-delimiter=$'\\037' --multiline-fields=true \\
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
