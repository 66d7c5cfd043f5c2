import { compactKey } from "./normalizeKey.ts";
import { singularizePhrase } from "./singularize.ts";

/**
 * An acronym's long form as it names one meaning: lower case (a word with an inner capital, a
 * name such as `CANDECOMP`, keeps its case), a possessive or trailing mark dropped, the last word
 * singular, British spellings folded (`Behaviour Cloning` → `behavior cloning`).
 */
export function longFormPhrase(long: string): string {
  const words = long
    .replace(/['’]s?$|[~*]+$/u, "")
    .split(/\s+/)
    .map((w) =>
      /^\p{Lu}?[\p{Ll}\d'-]*$/u.test(w) || /^\p{Lu}[\p{Ll}\d]*(?:-\p{Lu}?[\p{Ll}\d]*)+$/u.test(w)
        ? w.toLowerCase()
        : w,
    );
  return singularizePhrase(words.join(" "))
    .replace(/(?<=[a-z])our(?=\b|al|ed|ing|s\b)/g, "or")
    .replace(/(?<=[a-z])is(?=ation|ing\b|ed\b|e\b|er\b)/g, "iz");
}

/**
 * What an acronym's long form means, as a key: `longFormPhrase` without case, hyphens or spaces,
 * so that spelling variants of one meaning (`behaviour-cloning`, `Behavior Cloning`) share a key
 * and different meanings (`behavior cloning`, `breast cancer`) do not.
 */
export function longFormKey(long: string): string {
  return compactKey(longFormPhrase(long).toLowerCase());
}
