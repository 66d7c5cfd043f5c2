import type { SearchResult } from "@paperkg/core";
import { modelAbstract, modelProperties } from "./ModelText.ts";
import type { ReadModel } from "./ReadModel.ts";
import { letterPairs, type SearchIndex } from "./SearchIndex.ts";
import { searchTokens, withinOneEdit } from "./searchTokens.ts";

/** How a query word matched a node, best first. */
const MATCH = { name: 0, abstract: 1, prefix: 2, typo: 3 } as const;
/** Weight of each kind of match (times the word's rarity). */
const WEIGHT = [3, 1, 2, 1];
/** At most this many words a query word expands to as a prefix or by a typo (the most frequent). */
const MAX_EXPANSIONS = 64;
/** Query words shorter than this match exactly only. */
const MIN_FUZZY = 3;
/** At most this many query words count (a pasted title is rarely longer). */
const MAX_WORDS = 32;
/** Scratch stamps are reset past this (see `SearchScratch`). */
const STAMP_LIMIT = 50_000_000;

/**
 * Tiers, best first: 0 the whole name, title or an alias is the query (case and punctuation
 * aside); 1 it starts with the query's words; 2 it holds every word as typed; 3 it starts with
 * the query, its last word as a prefix (typing ahead); 4 some word only as a prefix or only in the
 * abstract; 5 some word only within one edit. Within a tier: rarer words, and a name the query
 * covers more of (or holds as a phrase), rank higher; entities above papers (×1.5); then more
 * papers or more central, then id.
 */
export type SearchTier = 0 | 1 | 2 | 3 | 4 | 5;
const TIERS = 6;

interface WordMatch {
  term: number;
  kind: number;
}

/**
 * Search titles, abstracts, entity names and aliases from the read model (see `SearchTier` for
 * the order): no database. Null when the model was loaded without its text.
 */
export function modelSearch(model: ReadModel, text: string, limit: number): SearchResult | null {
  const ix = model.search;
  if (!ix || !model.text) return null;
  const words = searchTokens(text).slice(0, MAX_WORDS);
  if (words.length === 0) return { query: text, results: [] };
  const n = model.ids.length;
  const s = ix.scratch;
  // Stamps grow by a few per query; start again long before `stamp * MAX_WORDS` leaves an Int32.
  if (s.stamp > STAMP_LIMIT) {
    s.stamp = 0;
    s.seen.fill(0);
    s.wordStamp.fill(0);
    s.pairStamp.fill(0);
  }
  const expanded = words.map((w) => expand(ix, w));
  const exact = words.map((w) => ix.vocab.get(w) ?? -1);
  const matchedTerms = new Set(
    expanded.flatMap((m) => m.filter((x) => x.kind !== MATCH.abstract).map((x) => x.term)),
  );
  const stamp = ++s.stamp;
  let alive: number[] = [];
  // The rarest word first: it bounds the candidates.
  const order = expanded
    .map((_, i) => i)
    .sort((a, b) => postingsSize(ix, expanded[a]!) - postingsSize(ix, expanded[b]!));
  order.forEach((w, step) => {
    const wordStamp = stamp * MAX_WORDS + step;
    const touched: number[] = [];
    // A word's rarity is its own (its most frequent spelling's), whichever spelling matched.
    let df = 0;
    for (const m of expanded[w]!) df = Math.max(df, documentFrequency(ix, m.term));
    const rarity = Math.log(1 + n / (1 + df));
    const hit = (d: number, kind: number, weight: number) => {
      if (s.wordStamp[d] !== wordStamp) {
        s.wordStamp[d] = wordStamp;
        s.wordBest[d] = weight;
        s.wordClass[d] = kind;
        touched.push(d);
      } else {
        if (weight > s.wordBest[d]!) s.wordBest[d] = weight;
        if (kind < s.wordClass[d]!) s.wordClass[d] = kind;
      }
    };
    for (const m of expanded[w]!) {
      const inAbstract = m.kind === MATCH.abstract;
      const start: Int32Array = inAbstract ? ix.absStart : ix.nameStart;
      const docs: Int32Array = inAbstract ? ix.absDocs : ix.nameDocs;
      const from = start[m.term]!;
      const to = start[m.term + 1]!;
      const weight = WEIGHT[m.kind]! * rarity;
      if (step === 0) {
        for (let k = from; k < to; k++) {
          const d = docs[k]!;
          if (s.seen[d] !== stamp) {
            s.seen[d] = stamp;
            s.mask[d] = 0;
            s.score[d] = 0;
            s.worst[d] = 0;
            alive.push(d);
          }
          hit(d, m.kind, weight);
        }
      } else if (to - from > alive.length * 16) {
        // Few candidates left, a long list: look each candidate up in it (it is sorted).
        for (const d of alive) if (contains(docs, from, to, d)) hit(d, m.kind, weight);
      } else {
        for (let k = from; k < to; k++) {
          const d = docs[k]!;
          if (s.seen[d] === stamp && s.mask[d] === step) hit(d, m.kind, weight);
        }
      }
    }
    for (const d of touched) {
      s.score[d]! += s.wordBest[d]!;
      s.mask[d] = step + 1;
      if (s.wordClass[d]! > s.worst[d]!) s.worst[d] = s.wordClass[d]!;
    }
    alive = touched;
  });
  const tiers: number[][] = Array.from({ length: TIERS }, () => []);
  for (const d of alive) tiers[tierOf(ix, d, s.worst[d]!, words, exact)]!.push(d);

  const results: SearchResult["results"] = [];
  tiers.forEach((all, tier) => {
    const need = limit - results.length;
    if (need <= 0 || all.length === 0) return;
    // A large tier: only its best by word score (entities weighed) can make the page.
    const weighed = (d: number) => s.score[d]! * (model.isPaper[d] ? 1 : 1.5);
    let bucket = all;
    if (all.length > need * 20) {
      const sorted = Float64Array.from(all, weighed).sort();
      const threshold = sorted[sorted.length - need * 20]!;
      bucket = all.filter((d) => weighed(d) >= threshold);
    }
    const final = new Map(bucket.map((d) => [d, finalScore(model, ix, d, exact, matchedTerms)]));
    bucket.sort((a, b) => final.get(b)! - final.get(a)! || (model.ids[a]! < model.ids[b]! ? -1 : 1));
    for (const d of bucket.slice(0, need))
      results.push({
        id: model.ids[d]!,
        kind: model.attrs[d]!.kind,
        label: model.attrs[d]!.label,
        score: Math.round(((TIERS - 1 - tier) * 100 + final.get(d)!) * 1000) / 1000,
        snippet: snippet(model, d),
      });
  });
  return { query: text, results };
}

function documentFrequency(ix: SearchIndex, t: number): number {
  return ix.nameStart[t + 1]! - ix.nameStart[t]! + ix.absStart[t + 1]! - ix.absStart[t]!;
}

/** Whether the ascending `docs[from .. to]` holds `d`. */
function contains(docs: Int32Array, from: number, to: number, d: number): boolean {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (docs[mid]! < d) lo = mid + 1;
    else hi = mid;
  }
  return lo < to && docs[lo] === d;
}

/** What a query word matches: itself in names and abstracts, and in names the words it begins or is one edit from. */
function expand(ix: SearchIndex, word: string): WordMatch[] {
  const out: WordMatch[] = [];
  const exact = ix.vocab.get(word);
  if (exact !== undefined) {
    if (ix.nameStart[exact + 1]! > ix.nameStart[exact]!) out.push({ term: exact, kind: MATCH.name });
    if (ix.absStart[exact + 1]! > ix.absStart[exact]!) out.push({ term: exact, kind: MATCH.abstract });
  }
  if (word.length < MIN_FUZZY) return out;
  const nameDf = (t: number) => ix.nameStart[t + 1]! - ix.nameStart[t]!;
  const mostFrequent = (terms: number[]) =>
    terms.length <= MAX_EXPANSIONS
      ? terms
      : terms.sort((a, b) => nameDf(b) - nameDf(a)).slice(0, MAX_EXPANSIONS);
  // Prefixes: the range of the sorted names' vocabulary starting with the word.
  const sorted = ix.sortedNameTerms;
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (ix.terms[sorted[mid]!]! < word) lo = mid + 1;
    else hi = mid;
  }
  const prefixed: number[] = [];
  for (let k = lo; k < sorted.length && ix.terms[sorted[k]!]!.startsWith(word); k++)
    if (sorted[k] !== exact) prefixed.push(sorted[k]!);
  for (const term of mostFrequent(prefixed)) out.push({ term, kind: MATCH.prefix });
  // Typos: words sharing enough letter pairs (one edit changes at most three of `^word$`'s), checked.
  const s = ix.scratch;
  const stamp = ++s.stamp;
  const pairs = letterPairs(word);
  const needed = pairs.length - 3;
  const close: number[] = [];
  for (const pair of pairs) {
    const terms = ix.pairs.get(pair);
    if (!terms) continue;
    for (const t of terms) {
      if (s.pairStamp[t] !== stamp) {
        s.pairStamp[t] = stamp;
        s.pairCount[t] = 0;
      }
      if (++s.pairCount[t]! === Math.max(1, needed)) {
        const candidate = ix.terms[t]!;
        if (t !== exact && !candidate.startsWith(word) && withinOneEdit(word, candidate)) close.push(t);
      }
    }
  }
  for (const term of mostFrequent(close)) out.push({ term, kind: MATCH.typo });
  return out;
}

function postingsSize(ix: SearchIndex, matches: WordMatch[]): number {
  let size = 0;
  for (const m of matches) {
    const start = m.kind === MATCH.abstract ? ix.absStart : ix.nameStart;
    size += start[m.term + 1]! - start[m.term]!;
  }
  return size;
}

function tierOf(ix: SearchIndex, d: number, worst: number, words: string[], exact: number[]): SearchTier {
  let starts: 0 | 1 | 3 | null = null;
  if (worst === MATCH.name || worst === MATCH.prefix) {
    /** Which of tiers 0, 1 and 3 `tokens[from .. to]` is in, if any. */
    const place = (tokens: Int32Array, from: number, to: number): 0 | 1 | 3 | null => {
      const last = words.length - 1;
      if (to - from <= last) return null;
      for (let i = 0; i < last; i++) if (tokens[from + i] !== exact[i]) return null;
      const word = tokens[from + last]!;
      if (word === exact[last]) return to - from === words.length ? 0 : 1;
      return ix.terms[word]!.startsWith(words[last]!) ? 3 : null;
    };
    const better = (t: 0 | 1 | 3 | null) => {
      if (t !== null && (starts === null || t < starts)) starts = t;
    };
    better(place(ix.labelTok, ix.labelStart[d]!, ix.labelStart[d + 1]!));
    for (let k = ix.aliasStart[d]!; k < ix.aliasStart[d + 1]! && starts !== 0; k++)
      better(place(ix.aliasTok, ix.aliasTokStart[k]!, ix.aliasTokStart[k + 1]!));
  }
  if (starts === 0 || starts === 1) return starts;
  if (worst === MATCH.name) return 2;
  if (starts === 3) return 3;
  return worst === MATCH.typo ? 5 : 4;
}

function finalScore(
  model: ReadModel,
  ix: SearchIndex,
  d: number,
  exact: number[],
  matched: Set<number>,
): number {
  const from = ix.labelStart[d]!;
  const to = ix.labelStart[d + 1]!;
  let covered = 0;
  for (let k = from; k < to; k++) if (matched.has(ix.labelTok[k]!)) covered++;
  const coverage = to > from ? covered / (to - from) : 0;
  let phrase = false;
  if (exact.length > 1 && exact.every((t) => t >= 0))
    for (let k = from; k + exact.length <= to && !phrase; k++)
      phrase = exact.every((t, i) => ix.labelTok[k + i] === t);
  const a = model.attrs[d]!;
  const paper = model.isPaper[d] === 1;
  const base = ix.scratch.score[d]! * (1 + coverage) * (phrase ? 1.5 : 1) * (paper ? 1 : 1.5);
  const popularity = paper
    ? 0.5 * (1 - model.rank[d]! / model.ids.length)
    : 0.1 * Math.log1p(a.paperCount ?? 0);
  return base + popularity;
}

function snippet(model: ReadModel, d: number): string | null {
  if (model.isPaper[d]) return modelAbstract(model.text!, d)?.slice(0, 160) || null;
  const aliases = modelProperties(model.text!, d).aliases;
  return Array.isArray(aliases) && aliases.length > 0 ? aliases.join(" ") : null;
}
