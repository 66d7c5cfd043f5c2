/** Prefix of community node keys in the API (`community:3`); Neo4j stores the integer `id`. */
export const COMMUNITY_KEY_PREFIX = "community:";

const KEY = /^community:(\d+)$/;

/** API key of the node for community `id`. */
export function communityKey(id: number): string {
  return `${COMMUNITY_KEY_PREFIX}${id}`;
}

/** The community id in a `community:<n>` key; null for any other id (papers, entities, malformed keys). */
export function parseCommunityKey(key: string): number | null {
  const m = KEY.exec(key);
  if (!m) return null;
  const id = Number(m[1]);
  return Number.isSafeInteger(id) ? id : null;
}

/** Whether `key` names a community node (well-formed or not): such ids never reach paper or entity reads. */
export function isCommunityKey(key: string): boolean {
  return key.startsWith(COMMUNITY_KEY_PREFIX);
}
