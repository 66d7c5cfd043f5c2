import { stat } from "node:fs/promises";
import { join, resolve } from "node:path";
import type { Diagnostic } from "@paperkg/core";
import { glob, isDynamicPattern } from "tinyglobby";

/** File names a directory walk picks up (explicitly named files are read whatever their name). */
export const INPUT_FILE_PATTERN = "**/*.{txt,json,jsonl,ndjson,csv,tsv,xml,atom}{,.gz}";

/**
 * Turn files, directories (walked recursively) and glob patterns into a sorted, de-duplicated list
 * of files, in input order. Inputs that match nothing come back as `not-found` diagnostics.
 */
export async function expandInputs(inputs: string[]): Promise<{ files: string[]; missing: Diagnostic[] }> {
  const files: string[] = [];
  const seen = new Set<string>();
  const missing: Diagnostic[] = [];
  const add = (file: string) => {
    const key = resolve(file);
    if (seen.has(key)) return;
    seen.add(key);
    files.push(file);
  };
  for (const input of inputs) {
    const info = await stat(input).catch(() => null);
    let found: string[] = [];
    if (info?.isFile()) found = [input];
    else if (info?.isDirectory()) {
      const inside = await glob(INPUT_FILE_PATTERN, {
        cwd: input,
        ignore: ["**/node_modules/**", "**/.*/**"],
      });
      found = inside.sort().map((f) => join(input, f));
    } else if (isDynamicPattern(input)) {
      found = (await glob(input, { ignore: ["**/node_modules/**"] })).sort();
    }
    if (found.length === 0) {
      const what = info ? "a directory without input files" : "no such file, directory or matching glob";
      missing.push({ file: input, line: 0, code: "not-found", message: `ingest: ${input}: ${what}` });
    }
    for (const f of found) add(f);
  }
  return { files, missing };
}
