/** Prefix of area node keys in the API (`area:3`); Neo4j stores the integer `id`. */
export const AREA_KEY_PREFIX = "area:";

const KEY = /^area:(\d+)$/;

/** API key of the node for area `id`. */
export function areaKey(id: number): string {
  return `${AREA_KEY_PREFIX}${id}`;
}

/** The area id in an `area:<n>` key; null for any other id. */
export function parseAreaKey(key: string): number | null {
  const m = KEY.exec(key);
  if (!m) return null;
  const id = Number(m[1]);
  return Number.isSafeInteger(id) ? id : null;
}
