import { lookupExact } from "./acronymCandidates.ts";
import type { Candidate } from "./Candidate.ts";
import { hasDescribingSuffix } from "./hasDescribingSuffix.ts";
import type { Lexicons } from "./loadLexicons.ts";

/** `1D`, `3T`, `25.6X`: a number with a unit letter (dimensions, tesla, speed-ups) names nothing. */
const NUMBER_UNIT = /^\d+(?:\.\d+)?[A-Za-z]$/;
/**
 * `VideoLLMs`, `dLLMs`, `Vid-LLMs`, `D-LLMs`, `MedVLMs`: a short word before the plural of a kind
 * acronym names a kind of model, not one model or method (a released model is never a plural).
 */
const KIND_PLURAL = /^\p{L}{1,8}-?(?:M?LLM|L?VLM|MLLM|LMM|SLM|LM)s$/u;

/**
 * Drops benchmark and model candidates whose span is no name, whatever cue found it (and any
 * candidate, methods too, that is the plural of a kind acronym, `VideoLLMs`, or a conference not
 * named by the paper's own cue, `CVPR 2025`): a name
 * glued to a describing word (`LVLM-Based`), a number with a unit (`3T`, `25.6X`), or a plain
 * lower-case English word (`after`, `timely`) that a cue took for a name. Lexicon hits stay
 * (`robomimic`, `xbench` are names written in lower case). In place.
 */
export function dropNonNames(candidates: Candidate[], lex: Lexicons): void {
  let kept = 0;
  for (const c of candidates) {
    if (
      (c.type === "benchmark" || c.type === "model" || c.type === "method") &&
      !c.rule.startsWith("lexicon") &&
      ((KIND_PLURAL.test(c.name) && !isNamedPlural(c.name, lex)) ||
        (c.type !== "method" && isNoName(c.name, lex)) ||
        // `the CVPR 2025 baseline`, `NeurIPS`: a venue, unless the paper names its own system so
        (!c.proposed && c.rule !== "acronym" && isVenue(c.name, lex)) ||
        // `VBench-Q and CLIP metrics`: a name the lexicon knows as a model or method, listed beside
        // benchmarks, is no benchmark
        (c.type === "benchmark" && !c.proposed && isKnownOther(c.name, lex)))
    )
      continue;
    candidates[kept++] = c;
  }
  candidates.length = kept;
}

/** `MiniLMs` (a known model's plural), `PB-LLMs` (an acronym's): the plural of a name, not a kind. */
function isNamedPlural(name: string, lex: Lexicons): boolean {
  return /^\p{Lu}{2,}-/u.test(name) || lookupExact(name.slice(0, -1), lex) !== null;
}

/** `CVPR`, `ICLR 2025`, `NeurIPS'24`: a conference name, alone or with its year. */
function isVenue(name: string, lex: Lexicons): boolean {
  // `ACL 60/60` is a data set: a spaced year has four digits
  return lex.venues.has(name.replace(/(?:\s*(?:19|20)\d{2}|['’]?\d{2})$/u, ""));
}

function isKnownOther(name: string, lex: Lexicons): boolean {
  const e = lookupExact(name, lex, true);
  return e !== null && e.type !== "benchmark";
}

function isNoName(name: string, lex: Lexicons): boolean {
  if (hasDescribingSuffix(name, lex) || NUMBER_UNIT.test(name)) return true;
  return /^\p{Ll}+$/u.test(name) && lex.englishWords.has(name);
}
