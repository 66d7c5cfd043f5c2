import type { ViewCypher } from "@paperkg/core";

/** The Cypher of the communities list (`GET /api/communities`): every community, largest first. */
export function communityListCypher(): ViewCypher {
  const query = `MATCH (c:Community)
RETURN c
ORDER BY c.size DESC, c.id`;
  return { query, params: {} };
}
