import { type SentenceRange, splitSentences } from "./splitSentences.ts";
import { type Token, tokenize } from "./tokenize.ts";

export type FieldName = "title" | "abstract";

/** One paper field, tokenized and split into sentences once, shared by every matcher. */
export interface PreparedField {
  field: FieldName;
  text: string;
  tokens: Token[];
  sentences: SentenceRange[];
  /** Sentence index of each token. */
  sentenceOf: Int32Array;
  /**
   * A title written in Title Case (`Warm-Started Reinforcement Learning for Liver Registration`):
   * its capitalised words are ordinary words, not names, for the chunkers.
   */
  titleCase: boolean;
  /** Lower-case words of each sentence, built on first use (cue checks). */
  wordsOf(sentence: number): Set<string>;
}

/** Tokenizes `text` (already capped by the caller) and indexes tokens by sentence. */
export function prepareField(field: FieldName, text: string, maxTokens: number): PreparedField {
  const tokens = tokenize(text, maxTokens);
  const sentences = field === "title" ? [{ start: 0, end: text.length }] : splitSentences(text);
  const sentenceOf = new Int32Array(tokens.length);
  let s = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    while (s < sentences.length - 1 && t.start >= sentences[s]!.end) s++;
    sentenceOf[i] = s;
  }
  const words = new Map<number, Set<string>>();
  return {
    field,
    text,
    tokens,
    sentences,
    sentenceOf,
    titleCase: field === "title" && isTitleCase(text),
    wordsOf(sentence) {
      let set = words.get(sentence);
      if (!set) {
        set = new Set();
        const range = sentences[sentence];
        if (range) {
          const parts = text
            .slice(range.start, range.end)
            .toLowerCase()
            .split(/[^\p{L}\p{N}@-]+/u);
          for (const w of parts) if (w) set.add(w);
        }
        words.set(sentence, set);
      }
      return set;
    },
  };
}

/**
 * Most longer words start with a capital: at least three words of four letters or more, four in
 * five of them capitalised (short function words are lower case in Title Case and say nothing).
 */
export function isTitleCase(text: string): boolean {
  let long = 0;
  let capital = 0;
  const re = /\p{L}{4,}/gu;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    long++;
    if (m[0] !== m[0].toLowerCase()) capital++;
  }
  return long >= 3 && capital * 5 >= long * 4;
}

/**
 * A word the chunkers may read as an ordinary word: lower case, or only capitalised in a Title
 * Case title (`Registration`, not `GPT` or `LoRA`).
 */
export function plainCase(f: PreparedField, t: Token): boolean {
  return t.text === t.norm || (f.titleCase && sameAfterFirst(t.text, t.norm));
}

/** `a.slice(1) === b.slice(1)`, without making the two strings (once per word of every field). */
export function sameAfterFirst(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  for (let i = 1; i < a.length; i++) if (a.charCodeAt(i) !== b.charCodeAt(i)) return false;
  return true;
}

/** The sentence containing character `offset`, at most `maxLength` characters around the span. */
export function sentenceText(f: PreparedField, start: number, end: number, maxLength = 600): string {
  let lo = 0;
  let hi = f.sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (f.sentences[mid]!.start <= start) lo = mid;
    else hi = mid - 1;
  }
  const range = f.sentences[lo] ?? { start: 0, end: f.text.length };
  let s = Math.min(range.start, start);
  let e = Math.max(range.end, end);
  if (e - s > maxLength) {
    s = Math.max(s, start - (maxLength >> 1));
    e = Math.min(e, s + maxLength);
    if (e < end) e = end;
  }
  return f.text.slice(s, e);
}

/** Index of the sentence containing character `offset`. */
export function sentenceIndexAt(f: PreparedField, offset: number): number {
  let lo = 0;
  let hi = f.sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (f.sentences[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return Math.max(0, lo);
}
