import { detectFormat, type InputFormat } from "./detectFormat.ts";
import { IngestError } from "./IngestError.ts";
import { openBytes, peekFirst } from "./openBytes.ts";
import { type ReadEvent, rejected } from "./RawRecord.ts";
import type { ReadOptions } from "./ReadOptions.ts";
import { readAtom } from "./readAtom.ts";
import { readCsv } from "./readCsv.ts";
import { readDailyPapersText } from "./readDailyPapersText.ts";
import { readJsonDocument } from "./readJsonDocument.ts";
import { readJsonLines } from "./readJsonLines.ts";
import { type Line, readLines } from "./readLines.ts";

/** A file's events, preceded by the format it was read as (`null` when it could not be read). */
export type FileEvent = { type: "format"; format: InputFormat | null } | ReadEvent;

/**
 * Read one file of any supported format (detected from content, gzip or not) as a stream of
 * records and rejections. Never throws: a file that cannot be read, or stops being readable
 * half-way (truncated gzip), ends with a diagnostic after the records read so far.
 */
export async function* readFile(file: string, options: ReadOptions): AsyncGenerator<FileEvent> {
  let lastLine = 0;
  let close = () => {};
  try {
    const opened = await openBytes(file);
    close = opened.close;
    const { head, all } = await peekFirst(opened.chunks);
    const sniff = detectFormat(head, file);
    if (sniff.type !== "text" || sniff.format === null) {
      yield { type: "format", format: null };
      if (sniff.type === "empty") yield rejected(file, 0, "empty-file", "the file is empty");
      else if (sniff.type === "binary") yield rejected(file, 0, "binary-file", "binary content, not text");
      else yield rejected(file, 1, "unknown-format", "not Daily-Papers text, JSON(L), CSV or Atom XML");
      return;
    }
    yield { type: "format", format: sniff.format };
    const lines = (async function* (): AsyncGenerator<Line> {
      for await (const line of readLines(all, options.maxRecordChars * 4)) {
        lastLine = line.line;
        yield line;
      }
    })();
    switch (sniff.format) {
      case "daily-papers":
        yield* readDailyPapersText(lines, file);
        break;
      case "jsonl":
        yield* readJsonLines(lines, file);
        break;
      case "json":
        yield* readJsonDocument(lines, file, options);
        break;
      case "csv":
        yield* readCsv(lines, file);
        break;
      case "atom":
        yield* readAtom(lines, file, options);
        break;
    }
  } catch (err) {
    const failure = classify(err, file, lastLine);
    yield rejected(file, failure.line, failure.code, failure.message);
  } finally {
    close();
  }
}

function classify(err: unknown, file: string, lastLine: number): IngestError {
  const code = String((err as { code?: unknown })?.code ?? "");
  const message = err instanceof Error ? err.message : String(err);
  if (code.startsWith("Z_") || /unexpected end of file|incorrect header check/i.test(message)) {
    return new IngestError(
      "bad-gzip",
      `gzip data is truncated or corrupt after line ${lastLine} (${message})`,
      {
        file,
        line: lastLine + 1,
        cause: err,
      },
    );
  }
  if (code === "ENOENT") return new IngestError("not-found", "no such file", { file, cause: err });
  return IngestError.from(err, "unreadable", { file, line: lastLine });
}
