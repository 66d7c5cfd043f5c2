import { type Candidate, PRIORITY } from "./Candidate.ts";
import { ENGLISH_POS as POS } from "./englishLexicon.ts";
import { classifyWord, isListedVerb, modifiesTaskHead } from "./findTermChunks.ts";
import type { Lexicons } from "./loadLexicons.ts";
import { slugKey } from "./normalizeKey.ts";
import { type PreparedField, plainCase } from "./prepareField.ts";
import { singularize } from "./singularize.ts";
import { isSeparator, type Token } from "./tokenize.ts";
import { isSubjectOrModal, opensVerb } from "./verbSlotWords.ts";

const MAX_MODIFIERS = 3;
const FUNCTION_WORD =
  /^(?:of|in|on|for|to|with|by|from|and|or|as|at|via|into|over|under|than|then|while|when|where|which|that|this|these|those|is|are|was|were|be|been|being|can|could|may|might|will|would|should|must|not|no|its|their|our|we|they|it|both|also|only|such|both|each|between|across|through|without|within|about|after|before|during|among|toward|towards|like|even|more|most|less|very|well|yet|so|but|if|how|what|why|who|whether|all|any|some|many|much|few|several|via|upon|against|beyond|despite|including|one|two|three|four|five|six|seven|eight|nine|ten|enables?|improves?|achieves?|requires?|supports?|performs?|shows?|uses?|using|used)$/;

const REJECT_TAGS =
  /^(?:Infinitive|Verb|PastTense|PresentTense|Participle|Gerund|Adverb|Preposition|Conjunction|Determiner|Modal|Copula|Cardinal|TextValue|Pronoun|Auxiliary|Negative|QuestionWord)$/;
const RELATIONAL = /(?:al|ic|ical|ar|ary|ive|ous)$/;
const NOUN_PHRASE_OPENER =
  /^(?:the|a|an|this|these|those|our|their|its|of|for|on|in|with|from|by|via|under|over|across|and|or|,|\(|such|as)$/;
const VERB_LIKE = /(?:ly|ed|ful|able|ible|less|wise|ing|ate|ize|ise|est)$/;

/**
 * Modifier words: nouns and relational adjectives (`visual`, `mathematical`), not verbs, adverbs,
 * numbers or evaluative adjectives. compromise's lexicon gives the part of speech of known words.
 */
export function isTaskModifier(t: Token, j: number, f: PreparedField, lex: Lexicons): boolean {
  if (t.kind !== "letters") return false;
  // an acronym names a kind of data or domain (`MRI synthesis`, `CT-to-video registration`)
  if (isAcronymModifier(t)) return !lex.taskModifierStop.has(t.norm);
  if (t.norm.length < 3) return false;
  // a sentence's first word is capitalised whatever it is (`Surgical phase recognition …`)
  const first = j === 0 || f.sentenceOf[j - 1] !== f.sentenceOf[j];
  if (!plainCase(f, t) && !(first && t.text.slice(1) === t.norm.slice(1))) return false;
  const w = t.norm;
  if (FUNCTION_WORD.test(w) || lex.taskModifierStop.has(w) || lex.determiners.has(w) || lex.adjectives.has(w))
    return false;
  if (lex.modifierNouns.has(w) || lex.taskModifiers.has(w)) return true;
  // a research-prose verb (`study`, `detect`) before a task names the act, not a kind of task
  if (isListedVerb(w)) return false;
  const tag = POS[w];
  const tags = Array.isArray(tag) ? tag : tag ? [tag] : [];
  // `land cover segmentation`, `target detection`: a noun compromise knows only as a verb's base
  // form modifies the head, unless a subject or `to` before it makes it the verb (`to target detection`);
  // after an adverb or a plural noun it is the verb (`can drastically alter
  // predictions`, `strategies affect translation`)
  if (isBareVerbBase(t))
    return j === 0 || f.sentenceOf[j - 1] !== f.sentenceOf[j] || !verbSlot(f.tokens[j - 1]!.norm);
  if (tags.some((x) => REJECT_TAGS.test(x))) return false;
  if (tags.includes("Adjective") || tags.includes("Comparative") || tags.includes("Superlative"))
    return RELATIONAL.test(w);
  if (tags.length === 0 && VERB_LIKE.test(w)) return false;
  return !isPlural(w);
}

/** `models`, `strategies`; not `loss`, `corpus`, `physics`, `analysis`. */
function isPlural(w: string): boolean {
  return /[^su]s$/.test(w) && !/(?:ics|ous|sis)$/.test(w);
}

/** The word before a bare verb base that makes it the verb: a subject, `to`, a modal, an adverb, a plural. */
function verbSlot(prev: string): boolean {
  return opensVerb(prev) || /ly$/.test(prev) || isPlural(prev);
}

/** An article, a preposition or a research-prose verb, after which a noun phrase starts. */
function opensNounPhrase(w: string): boolean {
  return NOUN_PHRASE_OPENER.test(w) || isListedVerb(w);
}

/** compromise knows the word only as a verb's base form (`land`, `target`, `automate`). */
function isBareVerbBase(t: Token): boolean {
  const tag = POS[t.norm];
  const tags = Array.isArray(tag) ? tag : tag ? [tag] : [];
  return t.kind === "letters" && tags.length > 0 && tags.every((x) => x === "Infinitive");
}

/** The word after a phrase that says the phrase names a task. */
const TASK_CUE = /^tasks?$/;
export const DOING_WORD = /(?:[st]ion|ment|ing|sis|ance|ence)$/;

/** A noun naming an action (`modification`, `mining`, `control`): heads a task when cued. */
function isDoingWord(w: string, lex: Lexicons): boolean {
  if (w.length < 5 || lex.generic.has(w) || lex.notTaskHeads.has(w)) return false;
  return DOING_WORD.test(w) || lex.taskCueHeads.has(w);
}

/**
 * `MRI`, `CT`, `3D` (its `D`): two to five capitals, or a dimension's `D` after its digit; or a
 * short name of a kind of data or sensor in mixed case, opened and again marked by a capital
 * (`NeRF captioning`, `LiDAR segmentation`).
 */
function isAcronymModifier(t: Token): boolean {
  return /^\p{Lu}{2,5}$/u.test(t.text) || isMixedCaseName(t.text);
}

function isMixedCaseName(w: string): boolean {
  return /^\p{Lu}\p{Ll}{0,2}\p{Lu}\p{L}{0,3}$/u.test(w);
}

/** `3D`, `2D`, `6D` (a pose): the letter token `D` glued to the digit before it. */
function isDimension(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j]!;
  const d = tokens[j - 1];
  return (
    t.text === "D" && !t.spaceBefore && d !== undefined && d.kind === "digits" && /^[2-469]$/.test(d.text)
  );
}

/**
 * The hyphenated word `A-to-B` that ends at token `j` (`CT-to-video`, `image-to-3D`), each side a
 * noun, an acronym or a dimension; not a manner (`end-to-end`, `coarse-to-fine`: taskModifierStop).
 */
function mappingModifier(f: PreparedField, j: number, lex: Lexicons): { word: string; start: number } | null {
  const { tokens } = f;
  const bStart = isDimension(tokens, j) ? j - 1 : j;
  const aEnd = bStart - 4;
  if (aEnd < 0 || tokens[bStart - 2]!.norm !== "to") return null;
  if (tokens[bStart - 1]!.text !== "-" || tokens[bStart - 3]!.text !== "-") return null;
  for (let g = bStart - 3; g <= bStart; g++) if (tokens[g]!.spaceBefore) return null;
  const aStart = isDimension(tokens, aEnd) ? aEnd - 1 : aEnd;
  const side = (from: number, to: number): string | null => {
    if (from !== to) return `${tokens[from]!.text}d`;
    const t = tokens[from]!;
    if (t.kind !== "letters" || t.norm.length < 2) return null;
    if (isAcronymModifier(t)) return t.text;
    // a capitalised word is a name (`English-to-French`), unless the sentence opens with it
    const first = from === 0 || f.sentenceOf[from - 1] !== f.sentenceOf[from];
    if (!plainCase(f, t) && !(first && t.text.slice(1) === t.norm.slice(1))) return null;
    if (FUNCTION_WORD.test(t.norm) || lex.taskModifierStop.has(t.norm)) return null;
    return classifyWord(t.norm, lex) === "N" ? t.norm : null;
  };
  const a = side(aStart, aEnd);
  const b = side(bStart, j);
  // a side cut out of a longer hyphenated word is no side (`multi-view-to-3D`)
  const before = tokens[aStart - 1];
  if (a === null || b === null || (before && !tokens[aStart]!.spaceBefore && before.kind !== "punct"))
    return null;
  if (before && isSeparator(before) && !tokens[aStart]!.spaceBefore) return null;
  const word = `${a}-to-${b}`;
  // a task by itself (`text-to-SQL`) names the task, not a kind of it
  if (lex.taskModifierStop.has(word.toLowerCase()) || lex.byKey.has(`task:${slugKey(word)}`)) return null;
  return { word, start: aStart };
}

/**
 * The scope word (`small`, `fine-grained`, `long-context`; `tasks.json` scopeModifiers and
 * variantModifiers) that ends at token `j`, a whole word (not cut out of a longer hyphenated one)
 * in plain or title case.
 */
function scopeModifierAt(f: PreparedField, j: number, lex: Lexicons): { word: string; start: number } | null {
  const { tokens } = f;
  // the first part of a hyphenated word is no word (`long` of `long-horizon`)
  const next = tokens[j + 1];
  if (next && next.text === "-" && !next.spaceBefore && tokens[j + 2] && !tokens[j + 2]!.spaceBefore)
    return null;
  let start = j;
  while (
    start >= 2 &&
    tokens[start - 1]!.text === "-" &&
    !tokens[start - 1]!.spaceBefore &&
    !tokens[start]!.spaceBefore &&
    tokens[start - 2]!.kind === "letters"
  )
    start -= 2;
  const before = tokens[start - 1];
  if (before && !tokens[start]!.spaceBefore && before.kind !== "punct") return null;
  if (before && isSeparator(before) && !tokens[start]!.spaceBefore) return null;
  for (let k = start; k <= j; k += 2) {
    const t = tokens[k]!;
    if (t.kind !== "letters") return null;
    const first = k === 0 || f.sentenceOf[k - 1] !== f.sentenceOf[k];
    if (!plainCase(f, t) && !(first && t.text.slice(1) === t.norm.slice(1))) return null;
  }
  const word = f.text.slice(tokens[start]!.start, tokens[j]!.end).toLowerCase();
  return lex.taskScopeModifiers.has(word) || lex.taskVariantModifiers.has(word) ? { word, start } : null;
}

const TITLE_BEFORE = /^(?:for|in|towards?|on)$/;
const TITLE_AFTER = /^(?::|,|via|using|with|on|for|from|through|without|under|in|and|by)$/;

/**
 * The title puts the phrase `tokens[from..head]` where a paper names its task: at the start or
 * after `for`/`in`/`towards` (past at most two adjectives, `for Sphere-based Brain Decoding`), and
 * at the end or before a preposition (`Structural Generalization on SLOG`, `… via Tucker Decomposition`).
 */
function titleNamesTask(f: PreparedField, from: number, head: number, lex: Lexicons): boolean {
  const { tokens } = f;
  const after = tokens[head + 1]?.norm;
  if (after !== undefined && !TITLE_AFTER.test(after)) return false;
  // a title's opening phrase before `:` or `for` is its topic or its means (`Neuron-Concept
  // Association for Explainable …`), not its task
  const opening = after !== ":" && after !== "for";
  let k = from - 1;
  let skipped = 0;
  while (k >= 0) {
    const t = tokens[k]!;
    if (t.text === ":") return opening;
    if (isSeparator(t)) {
      k--;
      continue;
    }
    if (t.kind !== "letters") return false;
    if (TITLE_BEFORE.test(t.norm)) return true;
    // the whole hyphenated word (`Zero-shot`, `Sphere-based`)
    let word = t.norm;
    while (k >= 2 && tokens[k - 1]!.text === "-" && !t.spaceBefore && tokens[k - 2]!.kind === "letters") {
      if (tokens[k - 1]!.spaceBefore) break;
      word = `${tokens[k - 2]!.norm}-${word}`;
      k -= 2;
      if (tokens[k]!.spaceBefore) break;
    }
    // `Offline`, `Zero-shot`, `Sphere-based`: a manner before the task, not a modifier of it
    const cls = classifyWord(word, lex);
    const manner = cls === "E" || cls === "D" || cls === "J" || lex.taskModifierStop.has(word);
    if (!manner || ++skipped > 2) return false;
    k--;
  }
  return opening;
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
    let headWord = singularize(head.norm);
    // in running text a plural head counts the outputs or acts (`overconfident predictions`, `CT
    // renderings`), not the task; a title may name the task so (`… on Point Cloud Predictions`)
    if (headWord !== head.norm && f.field !== "title") continue;
    let headStart = i;
    // a hyphenated head is one word (`video super-resolution`, `vehicle re-identification`)
    const hyphen = tokens[i - 1];
    const pre = tokens[i - 2];
    if (
      hyphen?.text === "-" &&
      !hyphen.spaceBefore &&
      !head.spaceBefore &&
      pre?.kind === "letters" &&
      plainCase(f, pre) &&
      lex.taskHeads.has(`${pre.norm}-${head.norm}`)
    ) {
      headWord = `${pre.norm}-${head.norm}`;
      headStart = i - 2;
    }
    const known = lex.taskHeads.has(headWord) || lex.taskHeads.has(head.norm);
    // a doing-word the head list lacks names a task where the text calls it one (`tone modification
    // tasks`) or the title does (`Techniques for Offline Goal Reaching`)
    const doing = !known && isDoingWord(head.norm, lex);
    if (!known && !doing) continue;
    const cued = doing && TASK_CUE.test(tokens[i + 1]?.norm ?? "");
    if (tokens[i - 1]?.text === "-" && tokens[i - 2]?.norm === "self") continue;
    if (/[\p{L}\p{N}]/u.test(f.text[head.end] ?? "") || f.text[head.end] === "-") continue;
    const words: string[] = [headWord];
    let j = headStart - 1;
    let startTok = headStart;
    while (j >= 0 && words.length <= MAX_MODIFIERS) {
      const t = tokens[j]!;
      if (isSeparator(t)) {
        j--;
        continue;
      }
      if (f.sentenceOf[j] !== f.sentenceOf[i]) break;
      const gap = f.text.slice(t.end, tokens[startTok]!.start);
      if (!/^(?:\s|-)$/.test(gap)) break;
      // `CT-to-video registration`, `text-to-3D generation`: what the task maps from and to
      const mapping = mappingModifier(f, j, lex);
      if (mapping !== null) {
        // a known name (`text-to-video generation`, an alias of `video generation`) is the lexicon's
        const known = lex.trie.longestAt(tokens, mapping.start);
        if (known !== null && known.to === i + 1) break;
        words.unshift(mapping.word);
        startTok = mapping.start;
        j = mapping.start - 1;
        continue;
      }
      // a dimension is the outermost modifier (`end-to-end 3D face recognition`), never one of a
      // pair (`3D/2D registration`)
      if (isDimension(tokens, j)) {
        if (tokens[j - 2]?.text !== "/" || tokens[j - 1]!.spaceBefore) {
          words.unshift(`${tokens[j - 1]!.text}d`);
          startTok = j - 1;
        }
        break;
      }
      // `small object detection`, `open-vocabulary segmentation`: a variant of the task, outermost
      const scope = scopeModifierAt(f, j, lex);
      // alone before the head a size or grain says how much (`fine-grained understanding`)
      if (scope !== null && (words.length > 1 || lex.taskVariantModifiers.has(scope.word))) {
        words.unshift(scope.word);
        startTok = scope.start;
        break;
      }
      if (!isTaskModifier(t, j, f, lex)) break;
      // `we repurpose …`: the word after a subject pronoun or a modal is a verb
      if (isSubjectOrModal(tokens[j - 1]?.norm ?? "")) break;
      // `frame-level`, `rule-based`: a hyphenated manner says how, not which task
      if (lex.describingSuffixes.has(t.norm) && tokens[j - 1]?.text === "-" && !t.spaceBefore) break;
      if (/[\p{L}\p{N}]/u.test(f.text[t.start - 1] ?? "") && !isSeparator(tokens[j - 1] ?? t)) break;
      words.unshift(t.norm);
      startTok = j;
      j--;
    }
    // a modifier cut out of a hyphenated word (`real-world manipulation`) is not a modifier
    while (
      startTok < headStart &&
      isSeparator(tokens[startTok - 1] ?? head) &&
      !tokens[startTok]!.spaceBefore
    ) {
      const prev = tokens[startTok - 2];
      if (!prev || prev.kind === "punct" || tokens[startTok - 1]!.spaceBefore) break;
      words.shift();
      startTok++;
      while (startTok < headStart && isSeparator(tokens[startTok]!)) startTok++;
    }
    // a verb's base form opening the modifiers is the verb unless an article, a preposition or a
    // research-prose verb precedes it (`to automate pollen classification`, `whole slide image classification`; not
    // `for land cover segmentation`)
    while (
      words.length > 2 &&
      isBareVerbBase(tokens[startTok]!) &&
      !opensNounPhrase(tokens[startTok - 1]?.norm ?? "")
    ) {
      words.shift();
      startTok++;
      while (startTok < headStart && isSeparator(tokens[startTok]!)) startTok++;
    }
    if (words.length < 2) continue;
    const rule = known
      ? "task-head"
      : cued
        ? "task-cue"
        : f.field === "title" && titleNamesTask(f, startTok, i, lex)
          ? "task-title"
          : null;
    if (rule === null) continue;
    if (!modifiesTaskHead(headWord, words[words.length - 2]!, lex)) continue;
    const start = tokens[startTok]!.start;
    const end = head.end;
    const surface = f.text.slice(start, end);
    // one hyphenated word (`problem-solving`, `decision-making`) is a compound noun, not a named task
    if (!/\s/.test(surface)) continue;
    // acronyms, names and dimensions keep their case (`MRI synthesis`, `LiDAR segmentation`, `3D
    // face recognition`)
    const modifiers = surface.slice(0, surface.length - (end - tokens[headStart]!.start));
    const name = `${modifiers.replace(/[^\s-]+/g, (w) => (/^[\p{Lu}\d]+$/u.test(w) || isMixedCaseName(w) ? w : w.toLowerCase()))}${headWord}`;
    out.push({
      type: "task",
      name,
      key: slugKey(name),
      field: f.field,
      start,
      end,
      rule,
      confidence: 0.55,
      priority: PRIORITY.task,
    });
  }
  return out;
}
