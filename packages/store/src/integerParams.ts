import neo4j from "neo4j-driver";

const isPlainObject = (v: object): boolean => {
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
};

/**
 * Query parameters as Cypher should see JSON: the driver sends every JS number as a FLOAT, so
 * `LIMIT $n` with `{"n": 5}` fails; whole numbers within ±2^53 become INTEGERs, in nested lists and
 * maps too. Other numbers stay floats; driver values (Integer, temporal, spatial) pass unchanged.
 * (JSON.parse cannot tell `5.0` from `5`, so both arrive as INTEGER.)
 */
export function integerParams(params: Record<string, unknown>): Record<string, unknown> {
  return convert(params) as Record<string, unknown>;
}

function convert(value: unknown): unknown {
  if (typeof value === "number") return Number.isSafeInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value)) return value.map(convert);
  if (value !== null && typeof value === "object" && isPlainObject(value)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, convert(v)]));
  }
  return value;
}
