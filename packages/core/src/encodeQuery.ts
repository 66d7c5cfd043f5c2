import type { z } from "zod";
import { type ExportFormat, ExportQuery, type ExportSelector } from "./requests.ts";

/** A value a query string can carry; lists are comma-joined, null and undefined are left out. */
export type QueryValue = string | number | boolean | readonly (string | number)[] | null | undefined;

type ReadonlyList<V> = V extends readonly (infer E)[] ? readonly E[] : V;

/** The typed values of a request schema (lists may be readonly), any of them left out or null. */
export type QueryValues<T> = { [K in keyof T]?: (ReadonlyList<T[K]> & QueryValue) | null };

/**
 * Encode `values` as the query string `schema` parses on the server, after checking that the
 * server would accept it (a ZodError names the bad parameter, as a 400 from the server would).
 * Lists become `a,b,c`; null and undefined values are left out, so the server's defaults apply.
 */
export function encodeQuery<S extends z.ZodType>(schema: S, values: QueryValues<z.output<S>>): string {
  const query = toSearchParams(values as Record<string, QueryValue>);
  schema.parse(Object.fromEntries(query));
  return query.toString();
}

/** The selectors `GET /api/export` runs: a Cypher selector goes only by POST (the server answers 405). */
export type GetExportSelector = Exclude<ExportSelector, { type: "cypher" }>;

/** The query string of `GET /api/export` for one format and selector; a Cypher selector is refused. */
export function encodeExportQuery(format: ExportFormat, selector: GetExportSelector): string {
  const values: Record<string, QueryValue> = { format };
  if ((selector as ExportSelector).type === "cypher") {
    throw new TypeError(
      'encodeExportQuery: a Cypher export runs only as POST /api/export {"format", "selector"}',
    );
  }
  switch (selector.type) {
    case "node":
      values.node = selector.id;
      values.depth = selector.depth;
      break;
    case "community":
      values.community = selector.community;
      break;
    case "benchmark":
      values.benchmark = selector.id;
      break;
    case "ids":
      values.ids = selector.ids;
      break;
  }
  const query = toSearchParams(values);
  ExportQuery.parse(Object.fromEntries(query));
  return query.toString();
}

function toSearchParams(values: Record<string, QueryValue>): URLSearchParams {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(values)) {
    if (value === null || value === undefined) continue;
    query.set(name, Array.isArray(value) ? value.join(",") : String(value));
  }
  return query;
}
