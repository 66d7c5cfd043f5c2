import { parseCategories } from "./parseCategories.ts";
import type { RawRecord, ReadEvent } from "./RawRecord.ts";
import { rejected } from "./RawRecord.ts";

const TITLE_KEYS = ["title"];
const ABSTRACT_KEYS = ["abstract", "summary"];
const ID_KEYS = ["arxivId", "arxiv_id", "arxiv", "id", "url"];
const DATE_KEYS = [
  "published",
  "date",
  "publishedAt",
  "published_date",
  "listing_date",
  "update_date",
  "created",
];

/**
 * Map one parsed JSON value (a JSONL line, an array element) to a raw record. Reads only the
 * fields it knows and never walks unknown ones, so a deeply nested value cannot blow the stack.
 */
export function recordFromJson(value: unknown, file: string, line: number): ReadEvent {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return rejected(file, line, "invalid-record", `expected a JSON object, got ${describe(value)}`);
  }
  const obj = value as Record<string, unknown>;
  const title = pick(obj, TITLE_KEYS);
  const abstract = pick(obj, ABSTRACT_KEYS);
  for (const [name, v] of [
    ["title", title],
    ["abstract", abstract],
  ] as const) {
    if (v !== undefined && v !== null && typeof v !== "string") {
      return rejected(file, line, "invalid-record", `"${name}" should be a string, got ${describe(v)}`);
    }
  }
  const record: RawRecord = { file, line };
  if (typeof title === "string") record.title = title;
  if (typeof abstract === "string") record.abstract = abstract;
  const id = pick(obj, ID_KEYS);
  if (typeof id === "string") record.arxivId = id;
  const authors = toStringList(obj.authors, /\s*(?:,|;|\band\b)\s*/);
  if (authors) record.authors = authors;
  const categories = parseCategories(obj.categories);
  if (categories) record.categories = categories;
  const comment = obj.comment ?? obj.comments;
  if (typeof comment === "string") record.comment = comment;
  const date = pick(obj, DATE_KEYS);
  if (typeof date === "string") record.date = date;
  const upvotes = obj.upvotes;
  if (typeof upvotes === "number" && Number.isInteger(upvotes) && upvotes >= 0) record.upvotes = upvotes;
  const count = obj.authorsCount ?? obj.authors_count;
  if (typeof count === "number" && Number.isInteger(count) && count >= 0) record.authorsCount = count;
  const org = obj.organization ?? obj.organisation;
  if (typeof org === "string") record.organization = org;
  return { type: "record", record };
}

function pick(obj: Record<string, unknown>, keys: string[]): unknown {
  for (const key of keys) {
    const v = obj[key];
    if (v !== undefined && v !== null) return v;
  }
  return undefined;
}

/** A list of names from an array of strings / `{ name }` objects, or from one delimited string. */
function toStringList(value: unknown, separator: RegExp): string[] | undefined {
  if (typeof value === "string") return value.split(separator).filter((s) => s.trim().length > 0);
  if (!Array.isArray(value)) return undefined;
  const out: string[] = [];
  for (const item of value) {
    if (typeof item === "string") out.push(item);
    else if (
      typeof item === "object" &&
      item !== null &&
      typeof (item as { name?: unknown }).name === "string"
    ) {
      out.push((item as { name: string }).name);
    }
  }
  return out;
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}
