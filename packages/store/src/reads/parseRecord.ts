import type { z } from "zod";
import { StoreError } from "../StoreError.ts";

/**
 * Check a value read from Neo4j against the API schema it must fit; a mismatch is the database's
 * fault, so it becomes a StoreError `BAD_RECORD` naming what was read and the field, never a
 * ZodError a caller could mistake for bad input.
 */
export function parseRecord<S extends z.ZodType>(schema: S, value: unknown, what: string): z.output<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = issue?.path.join(".") || "record";
  throw new StoreError("BAD_RECORD", `${what}: ${field}: ${issue?.message ?? "malformed"}`);
}
