import { searchTokens } from "./searchTokens.ts";

/**
 * The read model's search index: an inverted index of the words of every paper's title and every
 * entity's name and aliases ("names"), and of every abstract, as compressed sparse rows over one
 * vocabulary; each node's name as its word ids (for exact, starts-with and phrase checks); the
 * names' vocabulary sorted (prefixes) and by letter pair (typo candidates without a scan of the
 * vocabulary). Built once per model; `scratch` is reused by every query (queries are synchronous).
 */
export interface SearchIndex {
  vocab: Map<string, number>;
  terms: string[];
  /** Nodes whose name, title or an alias holds word `t`: `nameDocs[nameStart[t] .. nameStart[t + 1]]`, ascending. */
  nameStart: Int32Array;
  nameDocs: Int32Array;
  /** Papers whose abstract holds word `t`, the same way. */
  absStart: Int32Array;
  absDocs: Int32Array;
  /** Node `i`'s name or title as word ids: `labelTok[labelStart[i] .. labelStart[i + 1]]`. */
  labelStart: Int32Array;
  labelTok: Int32Array;
  /** Node `i`'s aliases: entries `aliasStart[i] .. aliasStart[i + 1]`, entry `k`'s words `aliasTok[aliasTokStart[k] .. aliasTokStart[k + 1]]`. */
  aliasStart: Int32Array;
  aliasTokStart: Int32Array;
  aliasTok: Int32Array;
  /** The words found in names, in spelling order. */
  sortedNameTerms: Int32Array;
  /** The words found in names (two letters or more) by each letter pair of `^word$`. */
  pairs: Map<string, Int32Array>;
  scratch: SearchScratch;
}

/** Per-node and per-word work arrays a query reuses, told apart by stamps instead of cleared. */
export interface SearchScratch {
  stamp: number;
  seen: Int32Array;
  mask: Int32Array;
  score: Float64Array;
  worst: Uint8Array;
  wordStamp: Int32Array;
  wordBest: Float64Array;
  wordClass: Uint8Array;
  pairStamp: Int32Array;
  pairCount: Int32Array;
}

/** What the index is built from, node by node. */
export interface SearchSource {
  size: number;
  name(node: number): string;
  aliases(node: number): readonly string[];
  abstract(node: number): string | null;
}

/** Letter pairs of `^word$`, each once. */
export function letterPairs(word: string): string[] {
  const padded = `^${word}$`;
  const out = new Set<string>();
  for (let i = 0; i + 1 < padded.length; i++) out.add(padded.slice(i, i + 2));
  return [...out];
}

/** Build the index over every node `source` describes, in steps: yields every 1,024 nodes (see `runSteps`). */
export function* searchIndexSteps(source: SearchSource): Generator<void, SearchIndex> {
  const n = source.size;
  const vocab = new Map<string, number>();
  const terms: string[] = [];
  const idOf = (word: string) => {
    let id = vocab.get(word);
    if (id === undefined) {
      id = terms.length;
      vocab.set(word, id);
      terms.push(word);
    }
    return id;
  };
  const names = new Postings();
  const abstracts = new Postings();
  const labelStart = new Int32Array(n + 1);
  const labelTok: number[] = [];
  const aliasStart = new Int32Array(n + 1);
  const aliasTokStart: number[] = [];
  const aliasTok: number[] = [];
  for (let i = 0; i < n; i++) {
    if (i % 1024 === 0) yield;
    labelStart[i] = labelTok.length;
    for (const word of searchTokens(source.name(i))) {
      const t = idOf(word);
      labelTok.push(t);
      names.add(t, i);
    }
    aliasStart[i] = aliasTokStart.length;
    for (const alias of source.aliases(i)) {
      aliasTokStart.push(aliasTok.length);
      for (const word of searchTokens(alias)) {
        const t = idOf(word);
        aliasTok.push(t);
        names.add(t, i);
      }
    }
    const abstract = source.abstract(i);
    if (abstract) for (const word of searchTokens(abstract)) abstracts.add(idOf(word), i);
  }
  labelStart[n] = labelTok.length;
  aliasStart[n] = aliasTokStart.length;
  aliasTokStart.push(aliasTok.length);

  const v = terms.length;
  const name = names.done(v);
  const inNames: number[] = [];
  for (let t = 0; t < v; t++) if (name.start[t + 1]! > name.start[t]!) inNames.push(t);
  inNames.sort((a, b) => (terms[a]! < terms[b]! ? -1 : terms[a]! > terms[b]! ? 1 : 0));
  const pairLists = new Map<string, number[]>();
  for (const t of inNames) {
    if (terms[t]!.length < 2) continue;
    for (const pair of letterPairs(terms[t]!)) {
      const list = pairLists.get(pair);
      if (list) list.push(t);
      else pairLists.set(pair, [t]);
    }
  }
  yield;
  const abs = abstracts.done(v);
  return {
    vocab,
    terms,
    nameStart: name.start,
    nameDocs: name.docs,
    absStart: abs.start,
    absDocs: abs.docs,
    labelStart,
    labelTok: Int32Array.from(labelTok),
    aliasStart,
    aliasTokStart: Int32Array.from(aliasTokStart),
    aliasTok: Int32Array.from(aliasTok),
    sortedNameTerms: Int32Array.from(inNames),
    pairs: new Map([...pairLists].map(([pair, list]) => [pair, Int32Array.from(list)])),
    scratch: {
      stamp: 0,
      seen: new Int32Array(n),
      mask: new Int32Array(n),
      score: new Float64Array(n),
      worst: new Uint8Array(n),
      wordStamp: new Int32Array(n),
      wordBest: new Float64Array(n),
      wordClass: new Uint8Array(n),
      pairStamp: new Int32Array(v),
      pairCount: new Int32Array(v),
    },
  };
}

/** (word, node) pairs, each once, nodes added in ascending order; `done` sorts them into rows by word. */
class Postings {
  #words: Int32Array = new Int32Array(1 << 16);
  #docs: Int32Array = new Int32Array(1 << 16);
  #length = 0;
  /** The node each word was last added for (skips repeats within a node). */
  #last: number[] = [];

  add(word: number, doc: number): void {
    if (this.#last[word] === doc) return;
    this.#last[word] = doc;
    if (this.#length === this.#words.length) {
      this.#words = grow(this.#words);
      this.#docs = grow(this.#docs);
    }
    this.#words[this.#length] = word;
    this.#docs[this.#length++] = doc;
  }

  done(vocabulary: number): { start: Int32Array; docs: Int32Array } {
    const start = new Int32Array(vocabulary + 1);
    for (let k = 0; k < this.#length; k++) start[this.#words[k]! + 1]!++;
    for (let t = 0; t < vocabulary; t++) start[t + 1]! += start[t]!;
    const fill = start.slice(0, vocabulary);
    const docs = new Int32Array(this.#length);
    for (let k = 0; k < this.#length; k++) docs[fill[this.#words[k]!]!++] = this.#docs[k]!;
    this.#words = new Int32Array(0);
    this.#docs = new Int32Array(0);
    this.#last = [];
    return { start, docs };
  }
}

function grow(a: Int32Array): Int32Array {
  const next = new Int32Array(a.length * 2);
  next.set(a);
  return next;
}
