/**
 * The API token of a server started with PAPERKG_TOKEN: asked for once, on the first 401, and kept
 * in sessionStorage for this tab (gone when the tab closes; never in localStorage or the URL).
 * Every request waiting on a 401 shares one prompt.
 */
const STORAGE_KEY = "paperkg.token";

/** What the prompt shows: nothing asked, or a request waiting for a token (again when one was refused). */
export type TokenRequest = { type: "idle" } | { type: "asking"; refused: boolean };

let current: TokenRequest = { type: "idle" };
/** The last token given, for when sessionStorage refuses to keep it. */
let remembered: string | null = null;
let pending: { promise: Promise<string | null>; resolve: (token: string | null) => void } | null = null;
const listeners = new Set<() => void>();

function set(next: TokenRequest): void {
  current = next;
  for (const listener of listeners) listener();
}

/** The token kept for this tab, if any. */
export function storedToken(): string | null {
  try {
    return sessionStorage.getItem(STORAGE_KEY) ?? remembered;
  } catch {
    return remembered;
  }
}

/** Asks the person for the token (one prompt for all waiting requests); null when they cancel. */
export function askForToken(refused: boolean): Promise<string | null> {
  if (pending) return pending.promise;
  let resolve!: (token: string | null) => void;
  const promise = new Promise<string | null>((r) => {
    resolve = r;
  });
  pending = { promise, resolve };
  set({ type: "asking", refused });
  return promise;
}

/** The prompt's answer: a token to keep and send, or null to give up. */
export function answerTokenRequest(token: string | null): void {
  const trimmed = token?.trim() || null;
  if (trimmed) remembered = trimmed;
  try {
    if (trimmed) sessionStorage.setItem(STORAGE_KEY, trimmed);
  } catch {
    // Storage refused (private mode): the token still serves the waiting requests.
  }
  const waiting = pending;
  pending = null;
  set({ type: "idle" });
  waiting?.resolve(trimmed);
}

/** For `useSyncExternalStore`. */
export const tokenRequests = {
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  current: (): TokenRequest => current,
};

/**
 * `fetch` with `Authorization: Bearer <token>` once a token is known. On a 401 it asks for the
 * token and sends the request again, until it is accepted or the person cancels (then the 401
 * answer is returned as it came).
 */
export async function fetchWithToken(url: string, init: RequestInit = {}): Promise<Response> {
  let token = storedToken();
  for (;;) {
    const headers = { ...(init.headers as Record<string, string> | undefined) };
    if (token) headers.authorization = `Bearer ${token}`;
    const res = await fetch(url, { ...init, headers });
    if (res.status !== 401) return res;
    // Another request got a new token while this one was on its way: try that one first.
    const latest = storedToken();
    if (latest && latest !== token) {
      token = latest;
      continue;
    }
    const next = await askForToken(token !== null);
    if (next === null) return res;
    token = next;
  }
}
