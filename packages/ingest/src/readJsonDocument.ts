import { type ReadEvent, rejected } from "./RawRecord.ts";
import type { ReadOptions } from "./ReadOptions.ts";
import type { Line } from "./readLines.ts";
import { recordFromJson } from "./recordFromJson.ts";

interface Pending {
  line: number;
  pieces: string[];
  size: number;
  tooDeep: boolean;
  tooLarge: boolean;
}

/**
 * Read a JSON document: a top-level array of records (split element by element while streaming,
 * so each keeps its line), or one object that is a record or holds an array of records.
 * Nesting is tracked while scanning: deeper than `maxJsonDepth` is rejected before any parse.
 */
export async function* readJsonDocument(
  lines: AsyncIterable<Line>,
  file: string,
  options: ReadOptions,
): AsyncGenerator<ReadEvent> {
  let depth = 0;
  let inString = false;
  let escaped = false;
  let top: "array" | "object" | null = null;
  let el: Pending | null = null;
  let from = 0;
  const open = (line: number, at: number): Pending => {
    from = at;
    return { line, pieces: [], size: 0, tooDeep: false, tooLarge: false };
  };
  for await (const { text, line, overflowBytes } of lines) {
    if (top !== null && depth === 0) break;
    if (overflowBytes !== undefined) {
      if (el) el.tooLarge = true;
      else yield rejected(file, line, "too-large", `a ${overflowBytes}-byte line cannot be scanned`);
      continue;
    }
    from = 0;
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      if (inString) {
        if (escaped) escaped = false;
        else if (ch === BACKSLASH) escaped = true;
        else if (ch === QUOTE) inString = false;
        continue;
      }
      if (ch === SPACE || ch === TAB || ch === CR) continue;
      if (top === null) {
        if (ch !== OPEN_ARRAY && ch !== OPEN_OBJECT) {
          yield rejected(
            file,
            line,
            "malformed-json",
            `a JSON document starts with [ or {, not "${text[i]}"`,
          );
          return;
        }
        top = ch === OPEN_ARRAY ? "array" : "object";
        if (top === "object") el = open(line, i);
        depth = 1;
        continue;
      }
      if (depth === 0) break;
      if (top === "array" && depth === 1 && el === null && ch !== COMMA && ch !== CLOSE_ARRAY)
        el = open(line, i);
      if (ch === QUOTE) inString = true;
      else if (ch === OPEN_ARRAY || ch === OPEN_OBJECT) {
        depth++;
        if (el && depth > options.maxJsonDepth + 1) el.tooDeep = true;
      } else if (ch === CLOSE_ARRAY || ch === CLOSE_OBJECT || ch === COMMA) {
        const isComma = ch === COMMA;
        if (!isComma) depth--;
        const elementEnds = el !== null && (top === "array" ? depth === 1 || depth === 0 : depth === 0);
        if (elementEnds && el) {
          // A container element ends on its own closing bracket; a bare value on `,` or `]`.
          const inclusive = !isComma && !(top === "array" && depth === 0);
          keep(el, text.slice(from, inclusive ? i + 1 : i), options);
          yield* finish(el, top, file, options);
          el = null;
        }
      }
    }
    if (el) keep(el, `${text.slice(from)}\n`, options);
  }
  if (el) yield rejected(file, el.line, "malformed-json", "the file ends inside this record (truncated?)");
}

const [SPACE, TAB, CR, QUOTE, BACKSLASH, COMMA] = [32, 9, 13, 34, 92, 44];
const [OPEN_ARRAY, CLOSE_ARRAY, OPEN_OBJECT, CLOSE_OBJECT] = [91, 93, 123, 125];

function keep(el: Pending, piece: string, options: ReadOptions): void {
  if (el.tooDeep || el.tooLarge) return;
  el.size += piece.length;
  if (el.size > options.maxRecordChars) {
    el.tooLarge = true;
    el.pieces = [];
  } else el.pieces.push(piece);
}

function* finish(
  el: Pending,
  top: "array" | "object",
  file: string,
  options: ReadOptions,
): Generator<ReadEvent> {
  if (el.tooDeep) {
    yield rejected(file, el.line, "too-deep", `JSON nested deeper than ${options.maxJsonDepth} levels`);
    return;
  }
  if (el.tooLarge) {
    yield rejected(file, el.line, "too-large", `record over ${options.maxRecordChars} characters`);
    return;
  }
  let value: unknown;
  try {
    value = JSON.parse(el.pieces.join(""));
  } catch (err) {
    yield rejected(file, el.line, "malformed-json", `not valid JSON (${(err as Error).message})`);
    return;
  }
  const list = top === "object" ? recordList(value) : undefined;
  if (!list) {
    yield recordFromJson(value, file, el.line);
    return;
  }
  for (const item of list) yield recordFromJson(item, file, el.line);
}

/** `{ "papers": [ … ] }` and the like: the first array property of an object without a title. */
function recordList(value: unknown): unknown[] | undefined {
  if (typeof value !== "object" || value === null || "title" in value) return undefined;
  return Object.values(value).find((v): v is unknown[] => Array.isArray(v));
}
