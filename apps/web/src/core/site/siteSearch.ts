import type { SearchResult } from "@paperkg/core";
import { aliasesOf, entityType, type SiteDb } from "./siteDb.ts";

type Hit = SearchResult["results"][number];

const fold = (s: string) =>
  s
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "");
const words = (s: string) =>
  fold(s)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/** Folded titles and entity names (with aliases), computed once per index. */
const folded = new WeakMap<SiteDb, { titles: string[]; names: string[][] }>();
function foldedOf(db: SiteDb) {
  let f = folded.get(db);
  if (!f) {
    f = {
      titles: db.index.papers.title.map((t) => ` ${words(t).join(" ")} `),
      names: db.index.entities.name.map((n, i) => [n, ...aliasesOf(db, i)].map((x) => words(x).join(" "))),
    };
    folded.set(db, f);
  }
  return f;
}

/**
 * Search titles and entity names (with aliases) for every word of `q`, offline: an entity whose
 * name is the query comes first, then names starting with it, then titles holding the words as a
 * phrase, then holding them all; common entities and central papers rank higher within a tier.
 * Abstracts are not searched (the index does not hold them).
 */
export function siteSearch(db: SiteDb, q: string, limit: number): SearchResult {
  const qw = words(q);
  const phrase = qw.join(" ");
  if (!phrase) return { query: q, results: [] };
  const { titles, names } = foldedOf(db);
  const hits: Hit[] = [];
  const ix = db.index;
  names.forEach((variants, e) => {
    let tier = 0;
    for (const v of variants) {
      const t =
        v === phrase ? 4 : v.startsWith(phrase) ? 3 : qw.every((w) => ` ${v} `.includes(` ${w}`)) ? 2 : 0;
      tier = Math.max(tier, t);
    }
    if (tier === 0) return;
    hits.push({
      id: ix.entities.id[e] ?? "",
      kind: entityType(db, e),
      label: ix.entities.name[e] ?? "",
      score: tier + Math.log1p(ix.entities.paperCount[e] ?? 0) / 20,
      snippet: null,
    });
  });
  titles.forEach((title, p) => {
    const tier = title.includes(` ${phrase} `)
      ? 2.5
      : title.includes(` ${phrase}`)
        ? 2
        : qw.every((w) => title.includes(` ${w}`))
          ? 1
          : 0;
    if (tier === 0) return;
    hits.push({
      id: ix.papers.id[p] ?? "",
      kind: "paper",
      label: ix.papers.title[p] ?? "",
      score: tier + Math.min(0.4, (ix.papers.pagerank[p] ?? 0) * 100),
      snippet: null,
    });
  });
  hits.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
  return {
    query: q,
    results: hits.slice(0, limit).map((h) => ({ ...h, score: Number(h.score.toFixed(3)) })),
  };
}

/** Does a paper's title hold every word of `q` (the Finder's text filter offline)? */
export function titleHasWords(db: SiteDb, paper: number, q: string): boolean {
  const title = foldedOf(db).titles[paper] ?? "";
  return words(q).every((w) => title.includes(` ${w}`));
}
