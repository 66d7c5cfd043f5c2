import { type ReadEvent, rejected } from "./RawRecord.ts";
import type { Line } from "./readLines.ts";
import { recordFromJson } from "./recordFromJson.ts";

/** Read JSON Lines: one record per non-blank line; a malformed line is rejected, the rest goes on. */
export async function* readJsonLines(lines: AsyncIterable<Line>, file: string): AsyncGenerator<ReadEvent> {
  for await (const { text, line, overflowBytes } of lines) {
    if (overflowBytes !== undefined) {
      yield rejected(file, line, "too-large", `a ${overflowBytes}-byte line is too large for one record`);
      continue;
    }
    if (isBlank(text)) continue;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (err) {
      yield rejected(file, line, "malformed-json", `not valid JSON (${(err as Error).message})`);
      continue;
    }
    yield recordFromJson(value, file, line);
  }
}

function isBlank(text: string): boolean {
  if (text.length === 0) return true;
  const c = text.charCodeAt(0);
  return c <= 32 && text.trim().length === 0;
}
