import type { Candidate } from "./Candidate.ts";
import type { Lexicons } from "./loadLexicons.ts";

/** `LVLM-Based`, `MLLM-Powered`, `TrueSkill-derived`: a name glued to a describing word describes. */
const DESCRIBING_TAIL =
  /-(?:based|driven|powered|derived|guided|enabled|aware|like|style|free|specific|only|level|scale|wise|centric|oriented|generated|assisted|augmented)$/i;
/** `1D`, `3T`, `25.6X`: a number with a unit letter (dimensions, tesla, speed-ups) names nothing. */
const NUMBER_UNIT = /^\d+(?:\.\d+)?[A-Za-z]$/;

/**
 * Drops benchmark and model candidates whose span is no name, whatever cue found it: a name
 * glued to a describing word (`LVLM-Based`), a number with a unit (`3T`, `25.6X`), or a plain
 * lower-case English word (`after`, `timely`) that a cue took for a name. Lexicon hits stay
 * (`robomimic`, `xbench` are names written in lower case). In place.
 */
export function dropNonNames(candidates: Candidate[], lex: Lexicons): void {
  let kept = 0;
  for (const c of candidates) {
    if (
      (c.type === "benchmark" || c.type === "model") &&
      !c.rule.startsWith("lexicon") &&
      isNoName(c.name, lex)
    )
      continue;
    candidates[kept++] = c;
  }
  candidates.length = kept;
}

function isNoName(name: string, lex: Lexicons): boolean {
  if (DESCRIBING_TAIL.test(name) || NUMBER_UNIT.test(name)) return true;
  return /^\p{Ll}+$/u.test(name) && lex.englishWords.has(name);
}
