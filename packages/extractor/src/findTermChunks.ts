import { type Candidate, PRIORITY } from "./Candidate.ts";
import { ENGLISH_POS as POS } from "./englishLexicon.ts";
import termsJson from "./lexicons/terms.json" with { type: "json" };
import type { Lexicons } from "./loadLexicons.ts";
import { slugKey } from "./normalizeKey.ts";
import { type PreparedField, plainCase, sameAfterFirst } from "./prepareField.ts";
import { singularize } from "./singularize.ts";
import { isSubjectOrModal, opensVerb } from "./verbSlotWords.ts";

const VERBS = new Set(termsJson.verbs);
const NOUN_GERUNDS = new Set(termsJson.nounGerunds);
const WEAK_HEADS = new Set(termsJson.weakHeads);
const PROCEDURE_HEADS = new Set(termsJson.procedureHeads);

/** `shows`, `demonstrated`, `leveraging`: a form of a listed research-prose verb. */
export function isListedVerb(w: string): boolean {
  if (VERBS.has(w)) return true;
  for (const [end, add] of [
    ["ies", "y"],
    ["es", ""],
    ["s", ""],
    ["ed", ""],
    ["ed", "e"],
    ["d", ""],
    ["ing", ""],
    ["ing", "e"],
  ] as const) {
    if (w.endsWith(end) && VERBS.has(w.slice(0, -end.length) + add)) return true;
  }
  return false;
}
const MAX_WORDS = 4;
const FUNCTION =
  /^(?:of|in|on|for|to|with|by|from|and|or|nor|as|at|via|into|onto|over|under|than|then|while|when|where|which|that|whose|whom|is|are|was|were|be|been|being|has|have|had|do|does|did|can|could|may|might|will|would|shall|should|must|not|no|it|its|we|our|they|their|them|he|she|his|her|us|also|only|such|both|each|either|between|across|through|throughout|without|within|about|after|before|during|among|toward|towards|like|even|more|most|less|least|very|well|yet|so|but|if|how|what|why|who|whether|all|any|some|many|much|few|several|upon|against|beyond|despite|including|versus|per|itself|themselves|here|there|thus|hence|however|therefore|often|usually|typically|i\.e|e\.g|etc|et|al|one|two|three|four|five|six|seven|eight|nine|ten|first|second|third)$/;
const REJECT_TAGS =
  /^(?:Verb|PastTense|PresentTense|Participle|Adverb|Preposition|Conjunction|Determiner|Modal|Copula|Cardinal|Ordinal|TextValue|Pronoun|Possessive|Auxiliary|Negative|QuestionWord|Duration|Date|Month|WeekDay|Expression)$/;
const RELATIONAL = /(?:al|ic|ical|ar|ary|ive|ous|ian|ial)$/;

/** Word classes of the chunker: noun, gerund, relational adjective, evaluative adjective, participle. */
export type WordClass = "N" | "G" | "J" | "E" | "D" | "X";

interface Word {
  lower: string;
  start: number;
  end: number;
  cls: WordClass;
  /** Only whitespace lies between this word and the one before. */
  joined: boolean;
  sentence: number;
}

function tagsOf(w: string): string[] {
  const t = POS[w];
  return Array.isArray(t) ? t : t ? [t] : [];
}

const classes = new Map<string, WordClass>();

/** The class of one lower-case word (the last part of a hyphenated word decides); cached. */
export function classifyWord(lower: string, lex: Lexicons): WordClass {
  let cls = classes.get(lower);
  if (cls === undefined) {
    cls = classify(lower, lex);
    if (classes.size >= 200_000) classes.clear();
    classes.set(lower, cls);
  }
  return cls;
}

function classify(lower: string, lex: Lexicons): WordClass {
  // `fine-tuning`, `re-ranking`: a compound ending in a procedure head is that noun (a gerund: the
  // chunker still drops it after a preposition, `by fine-tuning the model`)
  const hyphen = lower.lastIndexOf("-");
  if (hyphen > 0 && PROCEDURE_HEADS.has(lower.slice(hyphen + 1))) return lower.endsWith("ing") ? "G" : "N";
  // `learning`: a gerund of a listed verb that names paradigms (`preference learning`)
  if (NOUN_GERUNDS.has(lower)) return "G";
  if (FUNCTION.test(lower) || lex.determiners.has(lower) || isListedVerb(lower)) return "X";
  // `token pruning`, `prompt tuning`: words compromise files as adjectives that this prose uses as nouns
  if (lex.modifierNouns.has(lower)) return "N";
  if (lex.adjectives.has(lower)) return "E";
  const last = lower.slice(lower.lastIndexOf("-") + 1);
  if (lower.includes("-")) {
    // `high-quality`, `higher-fidelity`, `long-term`: an adjective compound
    const first = lower.slice(0, lower.indexOf("-"));
    const firstTags = tagsOf(first);
    if (lex.adjectives.has(first) || firstTags.some((t) => /^(?:Adjective|Comparative|Superlative)$/.test(t)))
      if (!RELATIONAL.test(first)) return "E";
    if (/^(?:based|like|aware|free|driven|level|specific|wise|related)$/.test(last)) return "J";
    if (last.endsWith("ed")) return "D";
    return last.endsWith("ing") ? "G" : "N";
  }
  const tags = tagsOf(lower);
  if (tags.some((t) => REJECT_TAGS.test(t))) {
    // compromise tags `trained`, `supervised` as past tense: as a first word they modify a noun
    if (lower.endsWith("ed") && tags.every((t) => t === "PastTense" || t === "Participle")) return "D";
    return "X";
  }
  if (tags.includes("Gerund")) return "G";
  if (tags.some((t) => t === "Adjective" || t === "Comparative" || t === "Superlative"))
    return RELATIONAL.test(lower) ? "J" : "E";
  if (tags.length > 0) return "N";
  if (/ly$/.test(lower)) return "X";
  if (/ing$/.test(lower)) return "G";
  if (/ed$/.test(lower)) return "D";
  if (/(?:able|ible|ful|less|ous|ive|ic|al)$/.test(lower)) return RELATIONAL.test(lower) ? "J" : "E";
  return "N";
}

/** compromise knows the word only as an infinitive (`recognize`) and this prose does not use it as a noun. */
function isBareVerb(lower: string, lex: Lexicons): boolean {
  const t = POS[lower];
  // compromise's table holds a tag or a list of tags per word
  const infinitive = Array.isArray(t)
    ? t.length > 0 && t.every((x) => x === "Infinitive")
    : t === "Infinitive";
  return infinitive && !lex.modifierNouns.has(lower);
}

/** The field's words: letter runs joined by inner hyphens (`fine-tuning`), with their classes. */
function wordsOf(f: PreparedField, lex: Lexicons): (Word | null)[] {
  const out: (Word | null)[] = [];
  const { tokens } = f;
  let i = 0;
  let lastWasWord = false;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (t.kind !== "letters") {
      out.push(null);
      lastWasWord = false;
      i++;
      continue;
    }
    let j = i + 1;
    let end = t.end;
    let plain = true;
    const sentence = f.sentenceOf[i]!;
    const sentenceStart = i === 0 || f.sentenceOf[i - 1] !== sentence;
    // names (`GPT`, `LoRA`) and numbers are for the other matchers; a sentence's capital is not a name
    let cased = sentenceStart || f.titleCase ? sameAfterFirst(t.text, t.norm) : t.text === t.norm;
    let lower = t.norm;
    // one word: letters, optionally joined by single hyphens without spaces
    while (j + 1 < tokens.length && tokens[j]!.text === "-" && !tokens[j]!.spaceBefore) {
      const next = tokens[j + 1]!;
      if (next.spaceBefore || next.kind === "punct") break;
      if (next.kind === "digits") plain = false;
      cased &&= plainCase(f, next);
      lower += `-${next.norm}`;
      end = next.end;
      j += 2;
    }
    if (j < tokens.length && !tokens[j]!.spaceBefore && tokens[j]!.kind === "digits") plain = false;
    if (i > 0 && !t.spaceBefore && tokens[i - 1]!.kind === "digits") plain = false;
    const ok = plain && cased && lower.length >= 2;
    out.push({
      lower,
      start: t.start,
      end,
      cls: ok ? classifyWord(lower, lex) : "X",
      joined: lastWasWord && t.spaceBefore,
      sentence,
    });
    lastWasWord = true;
    i = j;
  }
  return out;
}

/**
 * Candidate terms of one field for the corpus pass: maximal runs of nouns, gerunds and
 * relational adjectives (`reward model`, `chain-of-thought prompting`, `latent space`), at most
 * four words, ending in a noun or gerund, without leading evaluative adjectives or verbal
 * gerunds. Part of speech comes from compromise's lexicon and word endings; no `nlp()` parse.
 * Which of them become entities is decided over the corpus (`selectTerms`).
 */
export function findTermChunks(f: PreparedField, lex: Lexicons): Candidate[] {
  const out: Candidate[] = [];
  const words = wordsOf(f, lex);
  let run: Word[] = [];
  let before: Word | null = null;
  const flush = () => {
    if (run.length > 0) emit(run, before, f, lex, out);
    run = [];
  };
  let prev: Word | null = null;
  const converted = new Set<Word>();
  for (let wi = 0; wi < words.length; wi++) {
    const w = words[wi]!;
    // `robots recognize objects`, `benchmarks covering code`: a bare verb or a gerund after a
    // plural noun is a verb
    const verb =
      w !== null &&
      prev !== null &&
      w.joined &&
      prev.cls === "N" &&
      isPluralLike(prev.lower) &&
      (w.cls === "G" || isBareVerb(w.lower, lex));
    // `gradient conflicts`, `diffusion models`: a plural compromise knows only as a verb's present
    // tense, right after a singular noun or relational adjective of the run, is the head noun of a
    // compound, and ends it — unless an object follows (`this work contributes to`)
    if (
      w !== null &&
      w.cls === "X" &&
      prev !== null &&
      prev === run[run.length - 1] &&
      !converted.has(prev) &&
      w.joined &&
      w.sentence === prev.sentence &&
      isPluralLike(w.lower) &&
      !OBJECT_OPENER.test(words[wi + 1]?.lower ?? "") &&
      isCompoundModifier(prev, run.length === 1 ? before : null, lex) &&
      isVerbNoun(w.lower)
    ) {
      prev = { ...w, cls: "N" };
      converted.add(prev);
      run.push(prev);
      flush();
      before = prev;
      continue;
    }
    if (w === null || w.cls === "X" || verb) {
      flush();
      before = w;
      prev = w;
      continue;
    }
    if (run.length > 0 && (!w.joined || w.sentence !== run[0]!.sentence)) {
      flush();
      before = w.joined ? prev : null;
    } else if ((w.cls === "D" || w.cls === "E") && run.length > 0) {
      // a participle or evaluative adjective starts a run (`supervised learning`), never
      // continues one (`model trained`, `handle complex task`)
      flush();
      before = prev;
    }
    run.push(w);
    prev = w;
  }
  flush();
  return out;
}

/** Words that open a verb's object or complement (`contributes to`, `signals the`). */
const OBJECT_OPENER =
  /^(?:to|the|a|an|that|this|these|those|its|their|our|his|her|them|it|us|how|what|whether|which)$/;

/**
 * A singular noun or relational adjective (`reward`, `diffusion`, `visual`) before a compound's
 * head; a word compromise does not know, opening the run after a subject or `to` (`we align
 * models`), is a verb.
 */
function isCompoundModifier(w: Word, before: Word | null, lex: Lexicons): boolean {
  if (w.cls === "J") return true;
  if (w.cls !== "N" || isPluralLike(w.lower)) return false;
  if (lex.modifierNouns.has(w.lower)) return true;
  const tags = tagsOf(w.lower);
  if (tags.length > 0) return tags.some((t) => t === "Singular" || t === "Uncountable" || t === "Actor");
  return before === null || !opensVerb(before.lower);
}

/** compromise knows the word only as a verb (`model`, `conflicts`), and it is no listed research-prose verb. */
export function isVerbNoun(lower: string): boolean {
  if (lower.length < 4 || lower.includes("-") || isListedVerb(lower) || FUNCTION.test(lower)) return false;
  const tags = tagsOf(lower);
  return tags.length > 0 && tags.every((t) => t === "Infinitive" || t === "PresentTense");
}

/** `/[^su]s$/` (`models`, not `loss` or `corpus`), read from the last two characters. */
function isPluralLike(w: string): boolean {
  const n = w.length;
  if (n < 2 || w.charCodeAt(n - 1) !== 115) return false;
  const c = w.charCodeAt(n - 2);
  return c !== 115 && c !== 117;
}

function emit(run: Word[], before: Word | null, f: PreparedField, lex: Lexicons, out: Candidate[]): void {
  let a = 0;
  let b = run.length;
  while (b > a && !(run[b - 1]!.cls === "N" || run[b - 1]!.cls === "G")) b--;
  while (a < b) {
    const w = run[a]!;
    if (w.cls === "E") {
      a++;
      continue;
    }
    // `by leveraging large models`: a gerund after a verb or preposition is a verb
    if (
      w.cls === "G" &&
      b - a > 1 &&
      !(a > 0 || (before && (before.cls === "E" || lex.determiners.has(before.lower))))
    ) {
      a++;
      continue;
    }
    // `recognize objects`, `draw inspiration`: a bare verb (compromise: infinitive only) opening a
    // run after no determiner is a verb and its object, unless this prose uses it as a noun
    if (
      a === 0 &&
      b - a > 1 &&
      w.cls === "N" &&
      !(before && (before.cls === "E" || lex.determiners.has(before.lower))) &&
      isBareVerb(w.lower, lex)
    ) {
      a++;
      continue;
    }
    // `we align models`, `can boost recall`: the word after a subject pronoun or a modal is a verb
    if (a === 0 && b - a > 1 && before && isSubjectOrModal(before.lower)) {
      a++;
      continue;
    }
    if (w.cls === "D" && (b - a === 1 || run[a + 1]!.cls === "E" || run[a + 1]!.cls === "D")) {
      a++;
      continue;
    }
    break;
  }
  if (b - a > MAX_WORDS) a = b - MAX_WORDS;
  if (b <= a) return;
  const words = run.slice(a, b);
  const head = words[words.length - 1]!;
  if (head.cls !== "N" && head.cls !== "G") return;
  // a single plain word is never a term (selectTerms); a hyphenated compound may be
  if (words.length === 1 && !head.lower.includes("-")) return;
  // no span of it can be a term (every candidate head weak, `translation task`): not worth sending
  const headable = (w: Word, i: number) =>
    (w.cls === "N" || w.cls === "G") &&
    !WEAK_HEADS.has(i === words.length - 1 ? singularize(w.lower) : w.lower);
  if (!words.some((w, i) => w.lower.includes("-") || (i >= 1 && headable(w, i)))) return;
  const lowers = words.map((w) => w.lower);
  const singular = singularize(head.lower);
  if (
    lowers.every((w, i) => lex.generic.has(i === lowers.length - 1 ? singular : w) || lex.adjectives.has(w))
  )
    return;
  const name = [...lowers.slice(0, -1), singular].join(" ");
  out.push({
    type: termType(lowers.slice(0, -1), singular, lex),
    name,
    key: termKey(name),
    field: f.field,
    start: words[0]!.start,
    end: head.end,
    rule: "term",
    confidence: 0.5,
    // `fallback-behavior fine-tuning` names a method; the known concept `fine-tuning` inside it does not
    priority: isProcedurePhrase(name, lex) ? PRIORITY.procedureTerm : PRIORITY.term,
  });
}

/** `slugKey` of a term name, without its Unicode work when the name is plain ASCII words. */
export function termKey(name: string): string {
  return /^[a-z]+(?:[ -][a-z]+)*$/.test(name) ? name.replace(/ /g, "-") : slugKey(name);
}

/**
 * A phrase headed by a procedure (`role-play prompting`, `greedy decoding`) whose modifiers name a
 * kind, not a manner (`two-stage …`, `training-free …`) nor a plural (`trajectories sampling`, a
 * verb read as a noun): a method wherever it is found, even in one paper only.
 */
export function isProcedurePhrase(name: string, lex: Lexicons): boolean {
  if (!name.includes(" ")) return isProcedureCompound(name, lex);
  const head = name.slice(Math.max(name.lastIndexOf(" "), name.lastIndexOf("-")) + 1);
  if (!PROCEDURE_HEADS.has(head)) return false;
  const modifiers = name.split(" ").slice(0, -1);
  return modifiers.every((w) => !/[^su]s$/.test(w) && !MANNER.test(w));
}
export const MANNER = /-(?:free|aware|based|stage|step|level|hoc|agnostic|specific|efficient|guided|driven)$/;
const AFFIXES = new Set(termsJson.affixes);

/**
 * One hyphenated word naming a procedure by what it acts on (`layer-skipping`, `meta-prompting`,
 * `rejection-sampling`): nouns before a procedure head, no affix (`re-`, `up-`, `post-`;
 * `terms.json` affixes) and no adjective (`fine-tuning`, a concept).
 */
function isProcedureCompound(word: string, lex: Lexicons): boolean {
  const parts = word.split("-");
  if (parts.length < 2 || !PROCEDURE_HEADS.has(parts[parts.length - 1]!)) return false;
  return parts.slice(0, -1).every((p) => p.length > 1 && !AFFIXES.has(p) && classifyWord(p, lex) === "N");
}

/**
 * The word before a task head names a kind of the task: before `reasoning` one of the kinds of
 * reasoning (`mathematical`, not `internal`; `tasks.json` reasoningModifiers); before
 * `understanding` or `comprehension` a noun (`video understanding`) or one of those kinds
 * (`spatial understanding`), not another adjective, which names a model's capacity (`semantic
 * understanding`, `emotional understanding`).
 */
export function modifiesTaskHead(head: string, modifier: string, lex: Lexicons): boolean {
  if (head === "reasoning") return lex.reasoningModifiers.has(modifier);
  if (head !== "understanding" && head !== "comprehension") return true;
  const cls = classifyWord(modifier, lex);
  return (cls !== "J" && cls !== "E") || lex.reasoningModifiers.has(modifier);
}

/**
 * Typing of a corpus term by its head: a modified task head is a task (`floor plan reconstruction`,
 * `mathematical reasoning`), a modified procedure head a method (`role-play prompting`, `greedy
 * decoding`; `terms.json` procedureHeads), anything else a concept. Mechanisms and paradigms
 * (`bidirectional attention`, `tree search`, `… learning`) stay concepts, as the labelled rows have them.
 */
export function termType(modifiers: string[], head: string, lex: Lexicons): "task" | "method" | "concept" {
  if (modifiers.length === 0) return isProcedureCompound(head, lex) ? "method" : "concept";
  const last = head.slice(head.lastIndexOf("-") + 1);
  if (lex.taskHeads.has(head) || lex.taskHeads.has(last)) {
    if (!modifiesTaskHead(last, modifiers[modifiers.length - 1]!, lex)) return "concept";
    return "task";
  }
  if (PROCEDURE_HEADS.has(head) || PROCEDURE_HEADS.has(last)) {
    // `model tuning`, `training-free decoding`: a procedure named only by generic or manner words is no method
    const specific = modifiers.some((w) => !lex.generic.has(w) && !lex.adjectives.has(w) && !MANNER.test(w));
    return specific ? "method" : "concept";
  }
  return "concept";
}
