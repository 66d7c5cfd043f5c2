import nlp from "compromise";
import { type Candidate, PRIORITY } from "./Candidate.ts";
import type { Lexicons } from "./loadLexicons.ts";
import { slugKey } from "./normalizeKey.ts";
import { type PreparedField, plainCase } from "./prepareField.ts";
import { singularize } from "./singularize.ts";
import { isSeparator, type Token } from "./tokenize.ts";

const MAX_MODIFIERS = 3;
const FUNCTION_WORD =
  /^(?:of|in|on|for|to|with|by|from|and|or|as|at|via|into|over|under|than|then|while|when|where|which|that|this|these|those|is|are|was|were|be|been|being|can|could|may|might|will|would|should|must|not|no|its|their|our|we|they|it|both|also|only|such|both|each|between|across|through|without|within|about|after|before|during|among|toward|towards|like|even|more|most|less|very|well|yet|so|but|if|how|what|why|who|whether|all|any|some|many|much|few|several|via|upon|against|beyond|despite|including|one|two|three|four|five|six|seven|eight|nine|ten|enables?|improves?|achieves?|requires?|supports?|performs?|shows?|uses?|using|used)$/;

/** compromise's word → part-of-speech lexicon (its `model().one.lexicon`). */
const POS = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
const REJECT_TAGS =
  /^(?:Infinitive|Verb|PastTense|PresentTense|Participle|Gerund|Adverb|Preposition|Conjunction|Determiner|Modal|Copula|Cardinal|TextValue|Pronoun|Auxiliary|Negative|QuestionWord)$/;
const RELATIONAL = /(?:al|ic|ical|ar|ary|ive|ous)$/;
const VERB_LIKE = /(?:ly|ed|ful|able|ible|less|wise|ing|ate|ize|ise|est)$/;

/**
 * Modifier words: nouns and relational adjectives (`visual`, `mathematical`), not verbs, adverbs,
 * numbers or evaluative adjectives. compromise's lexicon gives the part of speech of known words.
 */
function isModifier(t: Token, j: number, f: PreparedField, lex: Lexicons): boolean {
  if (t.kind !== "letters" || t.norm.length < 3) return false;
  // a sentence's first word is capitalised whatever it is (`Surgical phase recognition …`)
  const first = j === 0 || f.sentenceOf[j - 1] !== f.sentenceOf[j];
  if (!plainCase(f, t) && !(first && t.text.slice(1) === t.norm.slice(1))) return false;
  const w = t.norm;
  if (FUNCTION_WORD.test(w) || lex.taskModifierStop.has(w) || lex.determiners.has(w) || lex.adjectives.has(w))
    return false;
  const tag = POS[w];
  const tags = Array.isArray(tag) ? tag : tag ? [tag] : [];
  if (tags.some((x) => REJECT_TAGS.test(x))) return false;
  if (tags.includes("Adjective") || tags.includes("Comparative") || tags.includes("Superlative"))
    return RELATIONAL.test(w);
  if (tags.length === 0 && VERB_LIKE.test(w)) return false;
  if (/[^su]s$/.test(w) && !/(?:ics|ous|ss|sis)$/.test(w)) return false;
  return true;
}

/**
 * Task phrases by their head word: up to three modifier words before a task head
 * (`time series forecasting`, `image editing`, `mathematical reasoning`); the head alone is not a task.
 */
export function findTaskPhrases(f: PreparedField, lex: Lexicons): Candidate[] {
  const out: Candidate[] = [];
  const { tokens } = f;
  for (let i = 1; i < tokens.length; i++) {
    const head = tokens[i]!;
    if (head.kind !== "letters" || !plainCase(f, head)) continue;
    const headWord = singularize(head.norm);
    if (!lex.taskHeads.has(headWord) && !lex.taskHeads.has(head.norm)) continue;
    if (tokens[i - 1]?.text === "-" && tokens[i - 2]?.norm === "self") continue;
    if (/[\p{L}\p{N}]/u.test(f.text[head.end] ?? "") || f.text[head.end] === "-") continue;
    const words: string[] = [headWord];
    let j = i - 1;
    let startTok = i;
    while (j >= 0 && words.length <= MAX_MODIFIERS) {
      const t = tokens[j]!;
      if (isSeparator(t)) {
        j--;
        continue;
      }
      if (!isModifier(t, j, f, lex) || f.sentenceOf[j] !== f.sentenceOf[i]) break;
      if (/[\p{L}\p{N}]/u.test(f.text[t.start - 1] ?? "") && !isSeparator(tokens[j - 1] ?? t)) break;
      const gap = f.text.slice(t.end, tokens[startTok]!.start);
      if (!/^(?:\s|-)$/.test(gap)) break;
      words.unshift(t.norm);
      startTok = j;
      j--;
    }
    // a modifier cut out of a hyphenated word (`real-world manipulation`) is not a modifier
    while (startTok < i && isSeparator(tokens[startTok - 1] ?? head) && !tokens[startTok]!.spaceBefore) {
      const prev = tokens[startTok - 2];
      if (!prev || prev.kind === "punct" || tokens[startTok - 1]!.spaceBefore) break;
      words.shift();
      startTok++;
      while (startTok < i && isSeparator(tokens[startTok]!)) startTok++;
    }
    if (words.length < 2) continue;
    if (headWord === "reasoning" && !lex.reasoningModifiers.has(words[words.length - 2]!)) continue;
    const start = tokens[startTok]!.start;
    const end = head.end;
    const surface = f.text.slice(start, end);
    // one hyphenated word (`problem-solving`, `decision-making`) is a compound noun, not a named task
    if (!/\s/.test(surface)) continue;
    const name = `${surface.slice(0, surface.length - head.text.length).toLowerCase()}${headWord}`;
    out.push({
      type: "task",
      name,
      key: slugKey(name),
      field: f.field,
      start,
      end,
      rule: "task-head",
      confidence: 0.55,
      priority: PRIORITY.task,
    });
  }
  return out;
}
