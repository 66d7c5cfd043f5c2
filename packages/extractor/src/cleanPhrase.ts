import { ENGLISH_POS as POS } from "./englishLexicon.ts";
import genericJson from "./lexicons/generic.json" with { type: "json" };
import tasksJson from "./lexicons/tasks.json" with { type: "json" };
import { singularize } from "./singularize.ts";

const STOP = new Set(
  [
    ...genericJson.words,
    ...genericJson.determiners,
    ...genericJson.adjectives,
    ...tasksJson.taskModifierStop,
  ].map((w) => w.toLowerCase()),
);
const GENERIC = new Set(genericJson.words.map((w) => w.toLowerCase()));
const NOT_HEAD =
  /^(?:Adjective|Comparative|Superlative|Adverb|Preposition|Conjunction|Pronoun|Possessive|Determiner|Modal|Copula|Duration|Date|Month|WeekDay|Negative|QuestionWord|PastTense|PresentTense)$/;
const NOT_START =
  /^(?:Pronoun|Possessive|Preposition|Conjunction|Adverb|Modal|Copula|Negative|QuestionWord)$/;
const tagsOf = (w: string) => {
  const t = POS[w];
  return Array.isArray(t) ? t : t ? [t] : [];
};
const ADJECTIVE_PREFIX =
  /^(?:high|low|long|short|closed|open|large|small|well|real|full|half|non|state|end|plug|off|zero|few|one|two|three|wide|easy|hard|top|fine-grained|coarse|multi|single|user|task|domain|model|data|human|time|cost|training|context|fine-tunes?|general|feed|multiple|variable|out|frequency|cold|decision|state|art)-|-(?:based|aware|free|level|specific|driven|like|wise|time|scale|source|term|grained|oriented|centric|friendly|tune|tunes|purpose|forward|choice|length|domain|start|art|making|of|the|to|in|on|up|out|off|by|prone|related|dependent|intensive|efficient|consuming|agnostic|invariant|sensitive|constrained|conditioned|guided|augmented|enhanced|informed|inspired|scale|like)$/;
const FUNCTION =
  /^(?:of|in|on|for|to|with|by|from|and|or|as|at|via|into|than|is|are|be|can|not|no|we|they|it|also|only|how|what|which|who|both|each|between|across|through|without|within|about|after|before|during|among|per|up|down|out|over|under)$/;

/**
 * `benchmarks covering math`, `robots recognize objects`: a gerund or a bare verb after a plural
 * noun is a verb and its object, not a noun phrase (compromise's `nouns()` keeps such runs whole).
 */
export function hasVerbAfterPlural(words: readonly string[]): boolean {
  for (let i = 1; i < words.length; i++) {
    if (!/[^su]s$/.test(words[i - 1]!)) continue;
    const tags = tagsOf(words[i]!);
    if (tags.includes("Gerund") || (tags.length > 0 && tags.every((t) => t === "Infinitive"))) return true;
  }
  return false;
}

/** Trims a compromise noun phrase to its technical core; returns nothing for generic phrases. */
export function cleanPhrase(raw: string, maxWords: number): { canonical: string; surface: string }[] {
  const original = raw
    .replace(/\([^)]*\)?/g, " ")
    .replace(/[“”"'’()[\]{}:;,.!?]/g, " ")
    .split(/\s+/)
    .filter(Boolean);
  // names (`GPT-4o`, `RAG`, `CIFAR-10`) belong to the lexicons and patterns, not to concepts
  if (original.some((w) => /\p{Lu}.*\p{Lu}|\d/u.test(w) || /^-|-$|(?:^|-)\p{L}(?:-|$)/u.test(w))) return [];
  const words = original.map((w) => w.toLowerCase());
  if (hasVerbAfterPlural(words)) return [];
  while (
    words.length > 0 &&
    (STOP.has(words[0]!) || /^[\d.%x×]+$/.test(words[0]!) || FUNCTION.test(words[0]!))
  )
    words.shift();
  if (words.length < 1 || words.length > maxWords) return [];
  if (
    words.some(
      (w) =>
        !/^[\p{Ll}][\p{Ll}\d-]*$/u.test(w) ||
        w.length < 2 ||
        w.split("-").some((p) => FUNCTION.test(p) || p === "the"),
    )
  )
    return [];
  const head = singularize(words[words.length - 1]!);
  if (GENERIC.has(head) || STOP.has(head)) return [];
  // fragments: `attention due`, `them impractical`, `past decade`
  if (tagsOf(words[words.length - 1]!).some((t) => NOT_HEAD.test(t))) return [];
  if (tagsOf(words[0]!).some((t) => NOT_START.test(t))) return [];
  if (words.length === 1 && (!head.includes("-") || ADJECTIVE_PREFIX.test(head))) return [];
  if (words.every((w) => GENERIC.has(singularize(w)) || STOP.has(w))) return [];
  const surface = words.join(" ");
  const canonical = [...words.slice(0, -1), head].join(" ");
  return [{ canonical, surface }];
}
