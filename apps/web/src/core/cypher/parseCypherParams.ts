/** A query's parameters as the console shows them: pretty JSON, `{}` when there are none. */
export function showCypherParams(params: Record<string, unknown>): string {
  return Object.keys(params).length ? JSON.stringify(params, null, 2) : "{}";
}

/** The console's parameter text read as a JSON object (empty text: no parameters). */
export function parseCypherParams(
  text: string,
): { type: "ok"; params: Record<string, unknown> } | { type: "error"; message: string } {
  if (!text.trim()) return { type: "ok", params: {} };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    return { type: "error", message: `parameters: not JSON (${(err as Error).message})` };
  }
  if (value === null || typeof value !== "object" || Array.isArray(value))
    return { type: "error", message: 'parameters: expected a JSON object such as {"limit": 25}' };
  return { type: "ok", params: value as Record<string, unknown> };
}
