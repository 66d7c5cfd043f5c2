import type { EntityType } from "@paperkg/core";
import { lookupExact } from "./acronymCandidates.ts";
import { type Candidate, candidateAt } from "./Candidate.ts";
import { isNameLike } from "./isNameLike.ts";
import type { Lexicons } from "./loadLexicons.ts";
import { type PreparedField, sentenceIndexAt } from "./prepareField.ts";

/** A coined name: inner capitals (`SAM2MOT`'s digits aside, `AsFormer`, `DiffAct`) or letters with digits. */
const NAME = /(?<![\p{L}\d\-/.@])\p{L}[\p{L}\d]*(?:-[\p{L}\d]+)*(?![\p{L}\d\-/@]|\.\p{L})/uy;
const CAMEL = /\p{Ll}\p{Lu}|\p{L}\d|\d\p{L}/gu;
const WORD_CHAR = /[\p{L}\d-]/u;
const MODEL_WORDS = /^(?:llms?|vlms?|mllms?|checkpoints?|open-weight|open-source|parameters?|instruct)$/;
const URL = /\b(?:https?:\/\/|www\.|github\.com\/|huggingface\.co\/)\S+/g;
/** Lowest of the named matchers: any other rule that names the span wins. */
const PRIORITY_REPEATED = 40;

/**
 * Coined names no other matcher typed but the paper uses at least twice (`DiffAct … DiffAct
 * achieves the highest F1`): a name a paper repeats is one of its subjects. Typed by the words of
 * the sentences it stands in — dataset words make a benchmark, LLM words a model, anything else a
 * method (what abstracts mostly coin names for). Plain capitalised words, all-caps acronyms (often
 * metrics or fields) and lexicon names are left alone.
 */
export function findRepeatedNames(
  fields: readonly PreparedField[],
  candidates: readonly Candidate[],
  lex: Lexicons,
): Candidate[] {
  const covered = new Map<string, Uint8Array>();
  for (const f of fields) {
    const occ = new Uint8Array(f.text.length + 1);
    URL.lastIndex = 0;
    for (let m = URL.exec(f.text); m !== null; m = URL.exec(f.text))
      occ.fill(1, m.index, m.index + m[0].length);
    covered.set(f.field, occ);
  }
  for (const c of candidates) covered.get(c.field)?.fill(1, c.start, c.end);
  const spots = new Map<string, { f: PreparedField; start: number; end: number }[]>();
  for (const f of fields) {
    const occ = covered.get(f.field)!;
    // only words with an inner capital or a letter beside a digit can be coined names: find those
    // spots with one cheap scan, then widen each to its word
    CAMEL.lastIndex = 0;
    let lastEnd = -1;
    for (let c = CAMEL.exec(f.text); c !== null; c = CAMEL.exec(f.text)) {
      if (c.index < lastEnd) continue;
      let from = c.index;
      while (from > 0 && WORD_CHAR.test(f.text[from - 1]!)) from--;
      NAME.lastIndex = from;
      const m = NAME.exec(f.text);
      if (!m || m.index !== from) {
        lastEnd = c.index + 1;
        continue;
      }
      lastEnd = m.index + m[0].length;
      const word = m[0];
      if (word.length < 4 || word.length > 40 || occ[m.index] || occ[m.index + word.length - 1]) continue;
      if (!/\p{Ll}/u.test(word) || !isNameLike(word, lex) || lookupExact(word, lex) !== null) continue;
      // `PyTorch-based`, `F1-score`: a description or a metric, not a name
      if (/-(?:based|like|style|driven|guided|aware|free|specific|level|scale|score)$/i.test(word)) continue;
      // a capital only after a hyphen (`Self-Training`, `Multi-Agent`) is English, not a coinage
      if (!/\p{Ll}\p{Lu}|\p{L}\d|\d\p{L}/u.test(word)) continue;
      const list = spots.get(word);
      const spot = { f, start: m.index, end: m.index + word.length };
      if (list) list.push(spot);
      else spots.set(word, [spot]);
    }
  }
  const out: Candidate[] = [];
  for (const [name, list] of spots) {
    if (list.length < 2) continue;
    const type = typeFromSentences(list);
    for (const s of list)
      out.push(
        candidateAt(s.f.field, s.start, s.end, {
          type,
          name,
          rule: "repeated-name",
          confidence: 0.6,
          priority: PRIORITY_REPEATED,
        }),
      );
  }
  return out;
}

function typeFromSentences(list: readonly { f: PreparedField; start: number; end: number }[]): EntityType {
  let bench = 0;
  let model = 0;
  for (const { f, start, end } of list) {
    // a dataset word right after a mention (`the Zorp dataset`, `Zorp-10 and Fizz benchmarks`)
    const after = f.text.slice(end, end + 40).toLowerCase();
    if (
      /^(?:\s+and\s+\S+)?\s+(?:benchmarks?|datasets?|corpus|corpora|suites?|leaderboards?|testbeds?|challenge)\b/.test(
        after,
      )
    )
      bench++;
    const words = f.field === "title" ? f.wordsOf(0) : f.wordsOf(sentenceIndexAt(f, start));
    for (const w of words) if (MODEL_WORDS.test(w)) model++;
  }
  if (bench > 0) return "benchmark";
  if (model > 0) return "model";
  return "method";
}
