import neo4j from "neo4j-driver";

/**
 * JS numbers reach Neo4j as floats; counts and ids should be integers (so `c.id = 3` prints as 3,
 * `toString(c.id)` is "3" and LIMITs accept them). Converts `keys` of each row that hold a number.
 */
export function withInts<T extends object>(rows: readonly T[], keys: readonly string[]): T[] {
  return rows.map((row) => {
    const out = { ...row } as Record<string, unknown>;
    for (const k of keys) {
      const v = out[k];
      if (typeof v === "number" && Number.isInteger(v)) out[k] = neo4j.int(v);
    }
    return out as T;
  });
}
