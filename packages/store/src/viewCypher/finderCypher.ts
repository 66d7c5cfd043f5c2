import { ENTITY_LABELS, ENTITY_TYPES, type ViewCypher } from "@paperkg/core";
import type { PaperFilter } from "../reads/findPapers.ts";
import { toLuceneQuery } from "../reads/searchNodes.ts";
import { whereLine } from "./linksAmongShown.ts";

const ORDER = {
  date: "coalesce(p.published, '') DESC, p.id",
  pagerank: "coalesce(p.pagerank, 0.0) DESC, p.id",
  title: "toLower(p.title), p.id",
} as const;

/**
 * The Cypher of one Finder page (`GET /api/papers`): papers linked to every facet entity, in the
 * community, inside the dates and matching the text, sorted and paged as the table shows them.
 */
export function finderCypher(filter: PaperFilter): ViewCypher {
  // Text with no word to look up (only punctuation) finds nothing, as the Finder answers.
  if (filter.q && !toLuceneQuery(filter.q))
    return {
      query: "// the search text holds no word to look up\nMATCH (p:Paper) WHERE false\nRETURN p",
      params: {},
    };
  const params: Record<string, unknown> = {};
  const lines: string[] = [];
  const where: string[] = [];
  if (filter.q) {
    lines.push("CALL db.index.fulltext.queryNodes('paper_text', $text) YIELD node AS p");
    params.text = toLuceneQuery(filter.q);
  } else lines.push("MATCH (p:Paper)");
  let anchored = false;
  for (const type of ENTITY_TYPES) {
    filter.entities[type].forEach((id, i) => {
      const name = filter.entities[type].length > 1 ? `${type}${i + 1}` : type;
      params[name] = id;
      const entity = `(:${ENTITY_LABELS[type]} {id: $${name}})`;
      // The first facet entity is where the query starts (by its index); the others are checks.
      if (!filter.q && !anchored) {
        lines[0] = `MATCH (p:Paper)-->${entity}`;
        anchored = true;
      } else where.push(`EXISTS { (p)-->${entity} }`);
    });
  }
  filter.communities.forEach((community, i) => {
    const name = filter.communities.length > 1 ? `community${i + 1}` : "community";
    params[name] = community;
    where.push(`p.community = $${name}`);
  });
  if (filter.from !== null) {
    params.from = filter.from;
    where.push("p.published >= $from");
  }
  if (filter.to !== null) {
    params.to = filter.to;
    where.push("p.published <= $to");
  }
  params.offset = filter.offset;
  params.limit = filter.limit;
  const query = [
    ...lines,
    ...whereLine(where),
    // Two links to one entity (uses and proposes) would list a paper twice.
    anchored ? "RETURN DISTINCT p" : "RETURN p",
    `ORDER BY ${ORDER[filter.sort]}`,
    "SKIP $offset LIMIT $limit",
  ].join("\n");
  return { query, params };
}
