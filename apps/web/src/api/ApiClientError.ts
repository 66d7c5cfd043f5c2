/**
 * Why an API call failed: the server said so (`http`), it did not answer (`network`), it sent an
 * unexpected shape (`shape`), or the request broke the endpoint's schema before it was sent (`request`).
 */
export type ApiClientErrorCode = "http" | "network" | "shape" | "aborted" | "request";

/** The one error the web app's API client throws; `serverCode` is the API's `{error:{code}}` when present. */
export class ApiClientError extends Error {
  readonly code: ApiClientErrorCode;
  readonly status: number | null;
  readonly serverCode: string | null;

  constructor(
    code: ApiClientErrorCode,
    message: string,
    opts: { status?: number | null; serverCode?: string | null; cause?: unknown } = {},
  ) {
    super(message, { cause: opts.cause });
    this.name = "ApiClientError";
    this.code = code;
    this.status = opts.status ?? null;
    this.serverCode = opts.serverCode ?? null;
  }
}

/** A sentence a researcher can act on, for any error thrown while talking to the API. */
export function describeError(err: unknown): string {
  if (err instanceof ApiClientError) {
    if (err.code === "network")
      return `${err.message} — is the paperkg server running? Start it with \`pnpm start\` (or \`pnpm paperkg serve\`).`;
    return err.message;
  }
  return err instanceof Error ? err.message : String(err);
}
