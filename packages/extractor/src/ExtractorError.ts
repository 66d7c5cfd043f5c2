/** Every way the extractor can fail; branch on `code`, never on the message. */
export const EXTRACTOR_ERROR_CODES = [
  "INVALID_PAPER",
  "INPUT_TOO_LARGE",
  "LEXICON_INVALID",
  "WORKER_FAILED",
  /** A corpus-pass record read after the pass (`deferStored`) does not parse: run the whole pass. */
  "STORED_RECORD",
  "INTERNAL",
] as const;
export type ExtractorErrorCode = (typeof EXTRACTOR_ERROR_CODES)[number];

/** The extractor's one error class; messages start with where they come from (`extractor: …`). */
export class ExtractorError extends Error {
  readonly code: ExtractorErrorCode;
  override readonly cause: unknown;

  constructor(code: ExtractorErrorCode, message: string, cause?: unknown) {
    super(message.startsWith("extractor") ? message : `extractor: ${message}`);
    this.name = "ExtractorError";
    this.code = code;
    this.cause = cause;
  }

  /** Wraps anything thrown into an ExtractorError, keeping an existing one as is. */
  static from(error: unknown, code: ExtractorErrorCode = "INTERNAL", where = "extractor"): ExtractorError {
    if (error instanceof ExtractorError) return error;
    const message = error instanceof Error ? error.message : String(error);
    return new ExtractorError(code, `${where}: ${message}`, error);
  }
}
