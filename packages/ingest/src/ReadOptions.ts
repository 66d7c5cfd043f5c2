/** Limits that decide when a record is rejected; merged as `{ ...DEFAULT_READ_OPTIONS, ...options }`. */
export interface ReadOptions {
  /** Abstracts shorter than this (after cleaning) are rejected as `abstract-too-short`. */
  minAbstractChars: number;
  /** Abstracts longer than this are rejected as `abstract-too-long`. */
  maxAbstractChars: number;
  /** Titles longer than this are rejected as `title-too-long`. */
  maxTitleChars: number;
  /** One record's raw text (a JSON line, a JSON array element, an Atom entry) above this is `too-large`. */
  maxRecordChars: number;
  /** JSON nested deeper than this is `too-deep` (checked without recursion). */
  maxJsonDepth: number;
}

export const DEFAULT_READ_OPTIONS: ReadOptions = Object.freeze({
  minAbstractChars: 40,
  maxAbstractChars: 20_000,
  maxTitleChars: 600,
  maxRecordChars: 1_000_000,
  maxJsonDepth: 64,
});

export function resolveReadOptions(options: Partial<ReadOptions> = {}): ReadOptions {
  return { ...DEFAULT_READ_OPTIONS, ...options };
}
