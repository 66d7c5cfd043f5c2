import type { Lexicons } from "./loadLexicons.ts";

/**
 * Whether a single word looks like a proper name of an artefact (`GSM8K`, `ALFWorld`, `TSDiff`,
 * `R1-Code-Interpreter`, `D4RL`) rather than an English word or a generic acronym (`LLM`, `GPU`).
 */
export function isNameLike(word: string, lex: Lexicons, allowTitleCase = false): boolean {
  if (word.length < 2 || word.length > 40) return false;
  if (lex.genericAcronyms.has(word) || lex.genericAcronyms.has(word.replace(/s$/, ""))) return false;
  if (/^[\d.,%x×+\-/]+[kKmMbBx%]?$/.test(word)) return false;
  if (!/^[\p{L}\d]/u.test(word)) return false;
  const inner = word.slice(1);
  if (/\p{Lu}/u.test(inner) && /\p{L}/u.test(word)) return true;
  if (/\d/.test(word) && /\p{Lu}/u.test(word)) return true;
  if (/^\p{Lu}[\p{Ll}]+(?:-[\p{Lu}\d][\p{L}\d]*)+$/u.test(word)) return true;
  // a capitalised English word (`What`, `News`, `Office`) is not a name; a coined one (`Sketchy`?) may be
  if (allowTitleCase && /^\p{Lu}\p{Ll}{2,}$/u.test(word)) {
    const lower = word.toLowerCase();
    return !lex.generic.has(lower) && !lex.englishWords.has(lower);
  }
  return false;
}
