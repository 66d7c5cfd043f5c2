import { Readable } from "node:stream";
import { type CsvError, parse } from "csv-parse";
import { parseCategories } from "./parseCategories.ts";
import { type RawRecord, type ReadEvent, rejected } from "./RawRecord.ts";
import type { Line } from "./readLines.ts";

const COLUMN_ALIASES: Record<string, keyof Omit<RawRecord, "file" | "line">> = {
  title: "title",
  abstract: "abstract",
  summary: "abstract",
  id: "arxivId",
  arxiv_id: "arxivId",
  arxivid: "arxivId",
  arxiv: "arxivId",
  authors: "authors",
  categories: "categories",
  date: "date",
  published: "date",
  published_date: "date",
  upvotes: "upvotes",
  organization: "organization",
  organisation: "organization",
};

/**
 * Read CSV/TSV with a header row naming `title` and `abstract` (aliases in `COLUMN_ALIASES`):
 * quoted fields, embedded newlines and a BOM are handled by csv-parse; a malformed row is
 * rejected and the rest goes on.
 */
export async function* readCsv(lines: AsyncIterable<Line>, file: string): AsyncGenerator<ReadEvent> {
  const skipped: ReadEvent[] = [];
  const iterator = lines[Symbol.asyncIterator]();
  const first = await nextNonBlank(iterator);
  if (!first) return;
  const delimiter = guessDelimiter(first.text);
  const text = (async function* () {
    yield `${first.text}\n`;
    for (let r = await iterator.next(); !r.done; r = await iterator.next()) {
      const { text, line, overflowBytes } = r.value;
      if (overflowBytes !== undefined) {
        skipped.push(
          rejected(file, line, "too-large", `a ${overflowBytes}-byte line is too large for one row`),
        );
      }
      yield `${text}\n`;
    }
  })();
  const source = Readable.from(text);
  const parser = source.pipe(
    parse({
      delimiter,
      bom: true,
      info: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      skip_records_with_error: true,
      on_skip: (err: CsvError | undefined) => {
        const at = (err as { lines?: number } | undefined)?.lines ?? 0;
        skipped.push(rejected(file, at + first.line - 1, "malformed-csv", err?.message ?? "unparsable row"));
      },
    }),
  );
  source.on("error", (err) => parser.destroy(err));
  let lastEnd = first.line - 1;
  let columns: (keyof Omit<RawRecord, "file" | "line"> | undefined)[] | null = null;
  try {
    for await (const row of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      yield* skipped.splice(0);
      // info.lines is where the row ends; it starts after the previous one (rows may span lines).
      const end = row.info.lines + first.line - 1;
      const line = lastEnd + 1;
      lastEnd = end;
      if (columns === null) {
        columns = row.record.map(
          (h) =>
            COLUMN_ALIASES[
              h
                .trim()
                .toLowerCase()
                .replace(/[\s-]+/g, "_")
            ],
        );
        const missing = ["title", "abstract"].filter((c) => !columns?.includes(c as "title"));
        if (missing.length > 0) {
          yield rejected(
            file,
            line,
            "missing-columns",
            `the CSV header has no ${missing.join(" or ")} column (found: ${row.record.join(", ").slice(0, 200)})`,
          );
          parser.destroy();
          return;
        }
        continue;
      }
      yield { type: "record", record: toRecord(row.record, columns, file, line) };
    }
  } catch (err) {
    if (!String((err as { code?: unknown }).code).startsWith("CSV_")) throw err;
    yield* skipped.splice(0);
    const at = (err as { lines?: number }).lines ?? 0;
    yield rejected(file, at + first.line - 1, "malformed-csv", (err as Error).message);
    return;
  }
  yield* skipped.splice(0);
}

function toRecord(
  cells: string[],
  columns: (keyof Omit<RawRecord, "file" | "line"> | undefined)[],
  file: string,
  line: number,
) {
  const record: RawRecord = { file, line };
  columns.forEach((column, i) => {
    const cell = cells[i]?.trim();
    if (!column || !cell) return;
    if (column === "authors") record.authors = cell.split(/\s*(?:;|,|\band\b)\s*/).filter(Boolean);
    else if (column === "categories") {
      const categories = parseCategories(cell);
      if (categories) record.categories = categories;
    } else if (column === "upvotes" || column === "authorsCount") {
      const n = Number(cell);
      if (Number.isInteger(n) && n >= 0) record[column] = n;
    } else record[column] = cell;
  });
  return record;
}

function guessDelimiter(header: string): string {
  const counts = [",", "\t", ";"].map((d) => [d, header.split(d).length] as const);
  return counts.reduce((best, c) => (c[1] > best[1] ? c : best))[0];
}

async function nextNonBlank(iterator: AsyncIterator<Line>): Promise<Line | undefined> {
  for (let r = await iterator.next(); !r.done; r = await iterator.next()) {
    if (r.value.text.trim().length > 0) return r.value;
  }
  return undefined;
}
