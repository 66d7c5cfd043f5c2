import type { Command } from "commander";
import type { CliSettings } from "../CliSettings.ts";
import { formatRows } from "../formatRows.ts";

/** Parse `--param k=v` values: JSON when it parses (numbers, lists, booleans), else the raw string. */
export function parseParam(pair: string, all: Record<string, unknown> = {}): Record<string, unknown> {
  const eq = pair.indexOf("=");
  if (eq < 1) throw new Error(`--param expects key=value, got "${pair}"`);
  const key = pair.slice(0, eq);
  const raw = pair.slice(eq + 1);
  let value: unknown = raw;
  try {
    value = JSON.parse(raw);
  } catch {}
  return { ...all, [key]: value };
}

/** `paperkg query "<cypher>"`: read-only unless --write. */
export function registerQuery(program: Command, cli: CliSettings): void {
  program
    .command("query")
    .description("run Cypher against the graph (read-only unless --write)")
    .argument(
      "<cypher>",
      'the query, e.g. "MATCH (b:Benchmark) RETURN b.name, b.paperCount ORDER BY b.paperCount DESC LIMIT 10"',
    )
    .option(
      "--param <key=value>",
      "query parameter, repeatable; values parse as JSON when they can (whole numbers as integers, so LIMIT $n works)",
      parseParam,
      {},
    )
    .option("--format <format>", "table | json | csv", "table")
    .option("--write", "allow writes (runs in a write transaction)")
    .option("--timeout <ms>", "transaction timeout in ms", "30000")
    .option("--max-rows <n>", "stop after this many rows", "100000")
    .action(
      async (
        cypher: string,
        opts: {
          param: Record<string, unknown>;
          format: string;
          write?: boolean;
          timeout: string;
          maxRows: string;
        },
      ) => {
        if (!["table", "json", "csv"].includes(opts.format)) {
          throw new Error(`--format must be table, json or csv, got "${opts.format}"`);
        }
        const { resolveLauncherSettings, resolveNeo4j } = await import("@paperkg/neo4j-launcher");
        const { openDriver, runCypher, StoreError } = await import("@paperkg/store");
        const neo4j = await resolveNeo4j(resolveLauncherSettings(cli.env));
        const driver = openDriver(neo4j.connection);
        try {
          const result = await runCypher(driver, cypher, opts.param, {
            database: neo4j.connection.database,
            readOnly: !opts.write,
            timeoutMs: Number(opts.timeout),
            maxRows: Number(opts.maxRows),
          });
          process.stdout.write(
            formatRows(result.columns, result.rows, opts.format as "table" | "json" | "csv"),
          );
          process.stderr.write(`${result.rows.length} rows${result.truncated ? " (truncated)" : ""}\n`);
        } catch (err) {
          if (err instanceof StoreError && err.code === "WRITE_REFUSED") {
            throw new Error(
              `query: refused, the graph is read-only here (add --write to allow it): ${err.message.replace(/^store: /, "")}`,
            );
          }
          if (err instanceof StoreError)
            throw new Error(`query: ${err.neo4jCode ?? err.code}: ${err.message.replace(/^store: /, "")}`);
          throw err;
        } finally {
          await driver.close();
        }
      },
    );
}
