/**
 * Every reason ingest can reject a record or a file. Diagnostics carry one of these as `code`;
 * callers branch on the code, never on message text.
 */
export const INGEST_CODES = [
  "not-found",
  "unreadable",
  "empty-file",
  "binary-file",
  "bad-gzip",
  "unknown-format",
  "too-large",
  "too-deep",
  "malformed-json",
  "malformed-csv",
  "malformed-xml",
  "missing-columns",
  "invalid-record",
  "missing-title",
  "missing-abstract",
  "abstract-too-short",
  "abstract-too-long",
  "title-too-long",
] as const;
export type IngestCode = (typeof INGEST_CODES)[number];

/** The one error class of `@paperkg/ingest`: a code from {@link INGEST_CODES}, where, and why. */
export class IngestError extends Error {
  override readonly name = "IngestError";
  readonly code: IngestCode;
  readonly file: string;
  readonly line: number;

  constructor(
    code: IngestCode,
    message: string,
    where: { file?: string; line?: number; cause?: unknown } = {},
  ) {
    super(message, where.cause === undefined ? undefined : { cause: where.cause });
    this.code = code;
    this.file = where.file ?? "";
    this.line = where.line ?? 0;
  }

  /** Wrap anything thrown into an IngestError, keeping an existing one as is. */
  static from(err: unknown, fallback: IngestCode, where: { file?: string; line?: number } = {}): IngestError {
    if (err instanceof IngestError) return err;
    const reason = err instanceof Error ? err.message : String(err);
    return new IngestError(fallback, reason, { ...where, cause: err });
  }
}
