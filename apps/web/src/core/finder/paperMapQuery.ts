/** A Cypher string literal: JSON's escapes (`\"`, `\\`, `\uXXXX`) are Cypher's too. */
const literal = (s: string) => JSON.stringify(s);

/**
 * The read-only Cypher that puts finder results on the map: the papers, and their links to the
 * facet entities. Ids are written into the text (not parameters) so the query can be exported and
 * re-run from the Cypher tab as it is.
 */
export function paperMapQuery(paperIds: readonly string[], entityIds: readonly string[]): string {
  const papers = `[${paperIds.map(literal).join(", ")}]`;
  if (entityIds.length === 0) return `MATCH (p:Paper) WHERE p.id IN ${papers}\nRETURN p`;
  return `MATCH (p:Paper) WHERE p.id IN ${papers}
OPTIONAL MATCH (p)-[r]->(e) WHERE e.id IN [${entityIds.map(literal).join(", ")}]
RETURN p, r, e`;
}
