import { ApiError } from "@paperkg/core";
import type { z } from "zod";
import { ApiClientError } from "./ApiClientError.ts";
import { fetchWithToken } from "./authToken.ts";

/** Fetch `url`, check the status, and parse the body with `schema` — every response is validated where it arrives. */
export async function fetchJson<S extends z.ZodType>(
  schema: S,
  url: string,
  init: RequestInit = {},
): Promise<z.infer<S>> {
  let res: Response;
  try {
    res = await fetchWithToken(url, { ...init, headers: { accept: "application/json", ...init.headers } });
  } catch (cause) {
    if ((cause as Error).name === "AbortError") throw new ApiClientError("aborted", "api: request cancelled");
    throw new ApiClientError("network", `api: ${url.split("?")[0]} did not answer`, { cause });
  }
  const text = await res.text();
  let body: unknown = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    body = null;
  }
  if (!res.ok) {
    const parsed = ApiError.safeParse(body);
    if (parsed.success)
      throw new ApiClientError("http", parsed.data.error.message, {
        status: res.status,
        serverCode: parsed.data.error.code,
      });
    throw new ApiClientError("http", `api: ${url.split("?")[0]} answered ${res.status} ${res.statusText}`, {
      status: res.status,
    });
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success)
    throw new ApiClientError("shape", `api: unexpected response from ${url.split("?")[0]}`, {
      status: res.status,
      cause: parsed.error,
    });
  return parsed.data;
}
