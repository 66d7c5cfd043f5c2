import { z } from "zod";

/** The paper fields mentions are found in. */
export const SpanField = z.enum(["title", "abstract"]);
export type SpanField = z.infer<typeof SpanField>;

/** Character offsets of a mention in a paper field: `text === paper[field].slice(start, end)`. */
export interface Span {
  field: SpanField;
  start: number;
  end: number;
}

const SPAN = /^([a-z]+):(\d+)-(\d+)$/;

/** A span as stored on relationships (`spans` property): `field:start-end`, e.g. `abstract:812-817`. */
export function encodeSpan(span: Span): string {
  return `${span.field}:${span.start}-${span.end}`;
}

/** The inverse of `encodeSpan`; null for text that is not a well-formed, non-empty span. */
export function parseSpan(text: string): Span | null {
  const m = SPAN.exec(text);
  if (!m) return null;
  const field = SpanField.safeParse(m[1]);
  const start = Number(m[2]);
  const end = Number(m[3]);
  if (!field.success || end <= start) return null;
  return { field: field.data, start, end };
}
