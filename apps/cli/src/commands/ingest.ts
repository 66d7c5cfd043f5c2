import type { Command } from "commander";
import type { CliSettings } from "../CliSettings.ts";
import { HELP_DEFAULTS } from "../helpDefaults.ts";
import { printIngestReport } from "../printIngestReport.ts";

/** `paperkg ingest <inputs…>`: read → extract → load into Neo4j → communities, labels, layout. */
export function registerIngest(program: Command, cli: CliSettings): void {
  program
    .command("ingest")
    .description("read papers, extract entities, load them into Neo4j and compute communities and layout")
    .argument("<inputs...>", "files, folders or globs (Daily-Papers text, JSONL/JSON(.gz), CSV, arXiv Atom)")
    .option("--batch-size <n>", "rows per write transaction", String(HELP_DEFAULTS.batchSize))
    .option("--seed <n>", "seed of Louvain and the layout", String(HELP_DEFAULTS.seed))
    .option(
      "--resolution <r>",
      "Louvain resolution (higher: more, smaller communities)",
      String(HELP_DEFAULTS.resolution),
    )
    .option("--workers <n>", "extraction worker threads (default: one per core)")
    .option("--rebuild", "recompute everything even when the input changes no stored paper")
    .option("--wait-lock <seconds>", "wait this long for another ingest into the same database", "0")
    .option("--json", "print the summary as JSON on stdout")
    .action(
      async (
        inputs: string[],
        opts: {
          batchSize: string;
          seed: string;
          resolution: string;
          workers?: string;
          rebuild?: boolean;
          waitLock: string;
          json?: boolean;
        },
      ) => {
        const { resolveLauncherSettings, resolveNeo4j, stateDir } = await import("@paperkg/neo4j-launcher");
        const { runIngest } = await import("@paperkg/pipeline");
        const { drawProgress } = await import("../drawProgress.ts");
        const neo4j = await resolveNeo4j(resolveLauncherSettings(cli.env));
        const report = await runIngest({
          inputs,
          connection: neo4j.connection,
          batchSize: positiveInt(opts.batchSize, "--batch-size"),
          analytics: {
            seed: positiveInt(opts.seed, "--seed"),
            resolution: positiveNumber(opts.resolution, "--resolution"),
          },
          ...(opts.workers ? { workers: positiveInt(opts.workers, "--workers") } : {}),
          onEvent: drawProgress(cli),
          rebuild: opts.rebuild === true,
          cacheDir: stateDir("extract-cache"),
          lockWaitMs: positiveNumberOrZero(opts.waitLock, "--wait-lock") * 1000,
        });
        for (const d of report.diagnostics)
          process.stderr.write(`${d.file}:${d.line}: ${d.code}: ${d.message}\n`);
        printIngestReport(report);
        if (opts.json) {
          const { analytics: _a, ...rest } = report;
          process.stdout.write(`${JSON.stringify(rest)}\n`);
        }
        if (report.papersInGraph === 0) process.exitCode = 1;
      },
    );
}

function positiveInt(value: string, flag: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${flag} must be a whole number, got "${value}"`);
  return n;
}

function positiveNumberOrZero(value: string, flag: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) throw new Error(`${flag} must be a number of seconds, got "${value}"`);
  return n;
}

function positiveNumber(value: string, flag: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`${flag} must be a positive number, got "${value}"`);
  return n;
}
