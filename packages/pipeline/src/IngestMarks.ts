import { readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";

const FILE = "ingest-marks.json";

/**
 * What an ingest made of the corpus pass's records in a cache folder (`<dir>/ingest-marks.json`),
 * so the next one need not redo it for the papers whose records it reuses unchanged:
 * - the records of commit `commit` went through `buildSnapshot`'s checks, and only the papers in
 *   `rejected` had an entity rejected;
 * - `snapshot`: the graph snapshot whose load wrote those records' papers and links to the
 *   database (null: not loaded yet). It counts only while it is still the database's last snapshot,
 *   and only under the code that wrote it (`writer`, see writerFingerprint): marks of version 1
 *   carry none and are not trusted.
 */
export const IngestMarks = z.object({
  version: z.literal(2),
  writer: z.string().min(1),
  commit: z.string().min(1),
  rejected: z.array(z.string()),
  snapshot: z.string().nullable(),
});
export type IngestMarks = z.infer<typeof IngestMarks>;

/** The marks in `dir`, or undefined when there are none or they do not parse (then nothing is trusted). */
export function readIngestMarks(dir: string): IngestMarks | undefined {
  let text: string;
  try {
    text = readFileSync(join(dir, FILE), "utf8");
  } catch {
    return undefined;
  }
  try {
    const parsed = IngestMarks.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** Replaces the marks in `dir` all at once (temporary file, rename). */
export function writeIngestMarks(dir: string, marks: IngestMarks): void {
  const path = join(dir, FILE);
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(marks));
  renameSync(tmp, path);
}
