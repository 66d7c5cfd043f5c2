import type { Source } from "../Paper.ts";

/** A paper source as stored on `:Paper` nodes (`sources` property): `file:line`. */
export function encodeSource(source: Source): string {
  return `${source.file}:${source.line}`;
}

/** The inverse of `encodeSource`; the line is the text after the last colon (file names may hold colons), 0 when absent. */
export function parseSource(text: string): Source {
  const at = text.lastIndexOf(":");
  if (at < 0) return { file: text, line: 0 };
  return { file: text.slice(0, at), line: Number(text.slice(at + 1)) || 0 };
}
