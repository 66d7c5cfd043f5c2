import type { Diagnostic } from "@paperkg/core";

/** One record as a reader found it, before validation: only what the source said. */
export interface RawRecord {
  file: string;
  /** 1-based line the record starts on. */
  line: number;
  title?: string;
  abstract?: string;
  arxivId?: string;
  authors?: string[];
  authorsCount?: number;
  date?: string;
  upvotes?: number;
  organization?: string;
  categories?: string[];
  comment?: string;
}

/** What a reader yields: a record to validate, or a rejection it already diagnosed. */
export type ReadEvent = { type: "record"; record: RawRecord } | { type: "rejected"; diagnostic: Diagnostic };

export function rejected(file: string, line: number, code: Diagnostic["code"], message: string): ReadEvent {
  const where = line > 0 ? `line ${line} of ${file}` : file;
  return { type: "rejected", diagnostic: { file, line, code, message: `ingest: ${where}: ${message}` } };
}
