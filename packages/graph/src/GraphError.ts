/** Errors of the graph package; `code` is what callers branch on. */
export type GraphErrorCode = "BAD_EXTRACTION" | "UNKNOWN_PAPER" | "BAD_OPTIONS";

export class GraphError extends Error {
  readonly code: GraphErrorCode;
  constructor(code: GraphErrorCode, message: string, options?: { cause?: unknown }) {
    super(`graph: ${message}`, options);
    this.name = "GraphError";
    this.code = code;
  }
}
