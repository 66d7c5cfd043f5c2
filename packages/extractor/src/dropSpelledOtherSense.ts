import { lookupExact } from "./acronymCandidates.ts";
import type { Candidate } from "./Candidate.ts";
import type { Lexicons } from "./loadLexicons.ts";
import type { PreparedField } from "./prepareField.ts";

/** A lexicon acronym as the text writes it: `MAE`, `SfM`, `VAEs`. */
const ACRONYM = /^\p{Lu}[\p{Lu}\p{Ll}]{0,4}\p{Lu}s?$/u;
const compact = (s: string) => s.toLowerCase().replace(/[\s\-_‐‑–]+/g, "");

/** What `otherSense` reads of one acronym, or null when its entry cannot tell another sense apart. */
interface Spelling {
  letters: string;
  /** The entry's own names, compacted. */
  own: Set<string>;
  /** Per letter of the acronym, a sticky case-insensitive matcher of it (`initialsAt`). */
  initials: RegExp[];
}

/** Per lexicon, per acronym as written: the same for every paper. */
const spellings = new WeakMap<Lexicons, Map<string, Spelling | null>>();

function spellingOf(short: string, lex: Lexicons): Spelling | null {
  let known = spellings.get(lex);
  if (!known) {
    known = new Map();
    spellings.set(lex, known);
  }
  let spelling = known.get(short);
  if (spelling !== undefined) return spelling;
  spelling = null;
  const entry = lookupExact(short, lex, true);
  // only an entry that knows a long form of its own can tell another one apart (`You Only Look
  // Once` is YOLO, though the lexicon spells YOLO no other way)
  if (entry && [entry.name, ...entry.aliases].some((a) => /^\D*\s\D*$/.test(a))) {
    const letters = short.replace(/s$/, "").toLowerCase();
    spelling = {
      letters,
      own: new Set([entry.name, ...entry.aliases].map(compact)),
      initials: [...letters].map((l) => new RegExp(l, "iuy")),
    };
  }
  known.set(short, spelling);
  return spelling;
}

const LETTERS = /\p{L}+/gu;
const GAP = /^[\s-]+$/u;
const isDigit = (c: number) => c >= 48 && c <= 57;

/** `[start, end, start, end, …]` of the text's maximal letter runs. */
export function letterRuns(text: string): number[] {
  const runs: number[] = [];
  LETTERS.lastIndex = 0;
  for (let m = LETTERS.exec(text); m !== null; m = LETTERS.exec(text))
    runs.push(m.index, m.index + m[0].length);
  return runs;
}

/**
 * What `/(?<![\p{L}\d])a[\p{L}]+[\s-]+b[\p{L}]+…(?![\p{L}\d])/giu` finds in `text`, left to right
 * (one word per initial; each word is a whole letter run, so it is matched on the runs): the
 * words spelled with the acronym's letters in order, separated only by spaces or hyphens.
 */
export function* spelledWith(
  initials: readonly RegExp[],
  text: string,
  runs: readonly number[],
): Generator<string> {
  const k = initials.length;
  const n = runs.length / 2;
  for (let i = 0; i + k <= n; i++) {
    const first = runs[2 * i]!;
    if (first > 0 && isDigit(text.charCodeAt(first - 1))) continue;
    let j = 0;
    for (; j < k; j++) {
      const start = runs[2 * (i + j)]!;
      const end = runs[2 * (i + j) + 1]!;
      const initial = initials[j]!;
      initial.lastIndex = start;
      // the initial, then at least one more letter
      if (!initial.test(text) || initial.lastIndex >= end) break;
      if (j > 0 && !GAP.test(text.slice(runs[2 * (i + j) - 1]!, start))) break;
    }
    if (j < k) continue;
    const last = runs[2 * (i + k) - 1]!;
    if (last < text.length && isDigit(text.charCodeAt(last))) continue;
    yield text.slice(first, last);
    i += k - 1;
  }
}

/**
 * Drops the lexicon's reading of an acronym when the same paper spells out other words with its
 * letters (`a Mean Absolute Error of 1.2 K … 1.9 K MAE` is no masked autoencoder), even without a
 * `long form (ACR)` definition: the words must be capitalised as a name (`Mean Absolute Error`) or
 * be the acronym's letters in order at the start of consecutive words, none of them a generic word
 * of research prose, and they must not spell one of the entry's own aliases; the entry must have
 * a long form among its aliases.
 */
export function dropSpelledOtherSense(
  candidates: Candidate[],
  fields: readonly PreparedField[],
  lex: Lexicons,
): void {
  const text = fields.map((f) => f.text).join(" \n ");
  const senses = new Map<string, boolean>();
  let runs: number[] | undefined;
  const otherSense = (short: string): boolean => {
    let other = senses.get(short);
    if (other !== undefined) return other;
    other = false;
    const sense = spellingOf(short, lex);
    if (sense) {
      const { letters, own } = sense;
      runs ??= letterRuns(text);
      for (const said of spelledWith(sense.initials, text, runs)) {
        if (other) break;
        const parts = said.split(/[\s-]+/);
        if (own.has(compact(said)) || own.has(compact(said).replace(/s$/, ""))) continue;
        const named = parts.every((p) => /^\p{Lu}/u.test(p));
        // lower-case words spell a two-letter acronym too often by chance (`but can`)
        const plain =
          letters.length >= 3 &&
          parts.every((p) => /^\p{Ll}+$/u.test(p) && !lex.generic.has(p) && !lex.determiners.has(p));
        other = named || plain;
      }
    }
    senses.set(short, other);
    return other;
  };
  let kept = 0;
  for (const c of candidates) {
    const field = fields.find((f) => f.field === c.field)!;
    const said = field.text.slice(c.start, c.end);
    const drop = c.rule.startsWith("lexicon") && ACRONYM.test(said) && otherSense(said);
    if (!drop) candidates[kept++] = c;
  }
  candidates.length = kept;
}
