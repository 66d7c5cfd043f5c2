import { encodeQuery, type QueryValues } from "@paperkg/core";
import { z } from "zod";
import { ApiClientError } from "./ApiClientError.ts";

/**
 * `path?query`, the query encoded against the endpoint's request schema from `@paperkg/core` (the
 * one the server parses): a value the server would refuse fails here, as a `request` error naming
 * the parameter, without a round trip.
 */
export function apiUrl<S extends z.ZodType>(
  path: string,
  schema: S,
  values: QueryValues<z.output<S>>,
): string {
  return `${path}?${checked(path, () => encodeQuery(schema, values))}`;
}

/** Run an encoder; a schema failure becomes an `ApiClientError` that names the endpoint and parameter. */
export function checked(path: string, encode: () => string): string {
  try {
    return encode();
  } catch (cause) {
    if (!(cause instanceof z.ZodError)) throw cause;
    const issue = cause.issues[0];
    const where = issue?.path.length ? `${issue.path.join(".")}: ` : "";
    throw new ApiClientError("request", `api: ${path}: ${where}${issue?.message ?? "invalid request"}`, {
      cause,
    });
  }
}
