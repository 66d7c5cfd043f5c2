import type { Diagnostic, Paper } from "@paperkg/core";
import type { InputFormat } from "./detectFormat.ts";
import { expandInputs } from "./expandInputs.ts";
import { type ReadOptions, resolveReadOptions } from "./ReadOptions.ts";
import { readFile } from "./readFile.ts";
import { toPaper } from "./toPaper.ts";

/** Codes that concern a whole file (or input) rather than one record found in it. */
export const FILE_LEVEL_CODES: ReadonlySet<string> = new Set([
  "not-found",
  "unreadable",
  "empty-file",
  "binary-file",
  "unknown-format",
  "missing-columns",
]);

/** What ingest sees, in order: a file starting, each valid paper (not yet de-duplicated), each rejection. */
export type IngestEvent =
  | { type: "file"; file: string; format: InputFormat | null }
  | { type: "paper"; paper: Paper }
  | { type: "rejected"; diagnostic: Diagnostic };

/**
 * Stream validated papers and diagnostics from files, directories or globs, one file after the
 * other, holding nothing but the current record. `readPapers` adds de-duplication on top.
 */
export async function* streamPapers(
  inputs: string[],
  options: Partial<ReadOptions> = {},
): AsyncGenerator<IngestEvent> {
  const opts = resolveReadOptions(options);
  const { files, missing } = await expandInputs(inputs);
  for (const diagnostic of missing) yield { type: "rejected", diagnostic };
  for (const file of files) {
    for await (const event of readFile(file, opts)) {
      if (event.type === "format") yield { type: "file", file, format: event.format };
      else if (event.type === "rejected") yield event;
      else {
        const result = toPaper(event.record, opts);
        yield result.ok
          ? { type: "paper", paper: result.paper }
          : { type: "rejected", diagnostic: result.diagnostic };
      }
    }
  }
}
