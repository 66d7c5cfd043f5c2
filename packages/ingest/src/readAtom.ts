import { XMLParser, XMLValidator } from "fast-xml-parser";
import { decodeEntities } from "./cleanText.ts";
import { parseCategories } from "./parseCategories.ts";
import { type RawRecord, type ReadEvent, rejected } from "./RawRecord.ts";
import type { ReadOptions } from "./ReadOptions.ts";
import type { Line } from "./readLines.ts";

/**
 * Entity processing is off: a DOCTYPE's entities are never expanded (no "billion laughs"); the
 * five predefined XML entities and numeric references are decoded afterwards by `decodeEntities`.
 */
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  removeNSPrefix: true,
  processEntities: false,
  htmlEntities: false,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  isArray: (name) => name === "author" || name === "category" || name === "link",
});

const ENTRY_OPEN = /<(?:[A-Za-z_][\w.-]*:)?entry[\s>]/;
const ENTRY_CLOSE = /<\/(?:[A-Za-z_][\w.-]*:)?entry\s*>/;

/**
 * Read an arXiv Atom feed (the arXiv API's response format) entry by entry while streaming: each
 * `<entry>` is validated and parsed on its own, so one broken entry does not sink the feed.
 */
export async function* readAtom(
  lines: AsyncIterable<Line>,
  file: string,
  options: ReadOptions,
): AsyncGenerator<ReadEvent> {
  let entry: { line: number; pieces: string[]; size: number } | null = null;
  for await (const { text, line, overflowBytes } of lines) {
    if (overflowBytes !== undefined) {
      yield rejected(file, line, "too-large", `a ${overflowBytes}-byte line is too large to parse`);
      entry = null;
      continue;
    }
    let rest = text;
    while (rest.length > 0) {
      if (!entry) {
        const open = ENTRY_OPEN.exec(rest);
        if (!open) break;
        entry = { line, pieces: [], size: 0 };
        rest = rest.slice(open.index);
      }
      const close = ENTRY_CLOSE.exec(rest);
      const piece = close ? rest.slice(0, close.index + close[0].length) : `${rest}\n`;
      entry.pieces.push(piece);
      entry.size += piece.length;
      if (entry.size > options.maxRecordChars) {
        yield rejected(file, entry.line, "too-large", `entry over ${options.maxRecordChars} characters`);
        entry = null;
        break;
      }
      if (!close) break;
      yield parseEntry(entry.pieces.join(""), file, entry.line);
      entry = null;
      rest = rest.slice(close.index + close[0].length);
    }
  }
  if (entry)
    yield rejected(file, entry.line, "malformed-xml", "the file ends inside this <entry> (truncated?)");
}

function parseEntry(xml: string, file: string, line: number): ReadEvent {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    return rejected(file, line + valid.err.line - 1, "malformed-xml", `malformed <entry>: ${valid.err.msg}`);
  }
  let doc: { entry?: Record<string, unknown> };
  try {
    doc = parser.parse(xml);
  } catch (err) {
    return rejected(file, line, "malformed-xml", `malformed <entry>: ${(err as Error).message}`);
  }
  const e = doc.entry ?? {};
  const record: RawRecord = { file, line };
  const title = text(e.title);
  if (title) record.title = title;
  const summary = text(e.summary) ?? text(e.abstract);
  if (summary) record.abstract = summary;
  const id = text(e.id);
  if (id) record.arxivId = id;
  const date = text(e.published) ?? text(e.updated);
  if (date) record.date = date;
  const authors = list(e.author)
    .map((a) => text((a as Record<string, unknown>)?.name))
    .filter((a): a is string => a !== undefined);
  if (authors.length > 0) record.authors = authors;
  const primary = attr(e.primary_category, "term");
  const categories = parseCategories([primary, ...list(e.category).map((c) => attr(c, "term"))]);
  if (categories) record.categories = categories;
  return { type: "record", record };
}

function text(node: unknown): string | undefined {
  if (typeof node === "string") return decodeEntities(node);
  if (
    typeof node === "object" &&
    node !== null &&
    typeof (node as { "#text"?: unknown })["#text"] === "string"
  ) {
    return decodeEntities((node as { "#text": string })["#text"]);
  }
  return undefined;
}

function attr(node: unknown, name: string): string | undefined {
  const value =
    typeof node === "object" && node !== null ? (node as Record<string, unknown>)[`@${name}`] : undefined;
  return typeof value === "string" ? decodeEntities(value) : undefined;
}

function list(node: unknown): unknown[] {
  if (Array.isArray(node)) return node;
  return node === undefined ? [] : [node];
}
