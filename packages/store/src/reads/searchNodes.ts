import { normalizeTitle, type SearchResult } from "@paperkg/core";
import type { Driver } from "neo4j-driver";
import { kindOfRow } from "./kindOfRow.ts";
import { readRows } from "./readRows.ts";

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/**
 * A Lucene query for free text typed by a person: special characters escaped, boolean words
 * lower-cased, every term matched exactly (boosted), as a prefix, or within one edit (a letter
 * added, dropped, changed or two swapped; two edits cost Lucene several times more per term).
 */
export function toLuceneQuery(text: string): string | null {
  const terms = luceneTerms(text);
  if (terms.length === 0) return null;
  return terms
    .map((t) => {
      if (t.length < 3) return `${t}^2`;
      return `(${t}^3 OR ${t}*^2 OR ${t}~1)`;
    })
    .join(" AND ");
}

function luceneTerms(text: string): string[] {
  return text
    .normalize("NFKC")
    .replace(LUCENE_SPECIAL, " ")
    .split(/\s+/)
    .map((t) => t.toLowerCase())
    .filter((t) => t.length > 0)
    .slice(0, 12);
}

/**
 * The paper half of a search: every term matched exactly in the title or abstract, or as a prefix
 * or within one edit in the title only (expanding typos over the abstracts' vocabulary
 * is what made a search slow), and the whole text as a title phrase, boosted, so the paper titled
 * exactly so ranks above the papers whose titles contain it.
 */
export function toPaperLuceneQuery(text: string): string | null {
  const terms = luceneTerms(text);
  if (terms.length === 0) return null;
  const all = terms
    .map((t) => {
      if (t.length < 3) return `${t}^2`;
      return `(${t}^3 OR title:${t}*^2 OR title:${t}~1)`;
    })
    .join(" AND ");
  return terms.length > 1 ? `(${all}) OR title:"${terms.join(" ")}"^8` : all;
}

const SEARCH = `
CALL () {
  CALL db.index.fulltext.queryNodes('entity_names', $q, {limit: toInteger($limit)}) YIELD node, score
  RETURN node, score * 1.5 AS score
  UNION ALL
  CALL db.index.fulltext.queryNodes('paper_text', $paperQ, {limit: toInteger($limit)}) YIELD node, score
  RETURN node, score
}
RETURN node.id AS id, labels(node)[0] AS kind, coalesce(node.name, node.title) AS label, score,
       CASE WHEN node:Paper THEN left(node.abstract, 160) ELSE node.aliasesText END AS snippet
ORDER BY score DESC, id LIMIT toInteger($limit)`;

/**
 * Full-text search over paper titles/abstracts and entity names/aliases, typo-tolerant: one Cypher
 * query over the two full-text indexes, `limit` hits from each; a paper or entity named exactly as
 * typed (case and punctuation aside) comes first.
 */
export async function searchNodes(
  driver: Driver,
  database: string,
  text: string,
  limit: number,
): Promise<SearchResult> {
  const q = toLuceneQuery(text);
  if (!q) return { query: text, results: [] };
  const rows = await readRows(driver, database, SEARCH, { q, paperQ: toPaperLuceneQuery(text), limit });
  const wanted = normalizeTitle(text);
  const exact = (r: Record<string, unknown>) => (normalizeTitle(String(r.label)) === wanted ? 0 : 1);
  // A stable sort: exact names first, the index's order otherwise.
  const ranked = [...rows].sort((a, b) => exact(a) - exact(b));
  return {
    query: text,
    results: ranked.map((r) => ({
      id: String(r.id),
      kind: kindOfRow(r.kind),
      label: String(r.label),
      score: Math.round(Number(r.score) * 1000) / 1000,
      snippet: (r.snippet as string | null) || null,
    })),
  };
}
