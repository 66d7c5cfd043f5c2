import type { EntityType } from "@paperkg/core";
import type { Candidate } from "./Candidate.ts";
import type { Lexicons } from "./loadLexicons.ts";
import { slugKey } from "./normalizeKey.ts";
import type { PreparedField } from "./prepareField.ts";

/**
 * `Greedy Coordinate Gradient (GCG) has emerged as a general and effective approach`, `NeRF is a
 * … framework`: the copula says what kind of thing the name before it is.
 */
const COPULA =
  /(?<![\p{L}\d\-.])([\p{L}\d][\p{L}\d.+-]*[\p{L}\d+])\)? (?:is|has emerged as|has become|was proposed as|was introduced as|serves as|remains) (?:a|an|the) (?:[\p{L}\d-]+ ){0,4}?(method|approach|algorithm|technique|attack|optimi[sz]er|architecture|benchmark|dataset)s?(?![\p{L}\d-])/gu;

/** The head noun's type: a dataset word makes a benchmark, the rest a method. */
const typeOfHead = (head: string): EntityType =>
  head === "benchmark" || head === "dataset" ? "benchmark" : "method";

/**
 * An acronym the paper defines whose long form's head gave no type (`Greedy Coordinate
 * Gradient (GCG)` read as a concept) takes the type its copula gives it, with the short form as its
 * name and the long form as an alias, as a typed acronym does. Generic acronyms (`RL`, `LLM`) and
 * acronyms typed as tasks keep their type: `RL has become a prevailing approach` names a paradigm.
 */
export function retypeByCopula(
  candidates: Candidate[],
  fields: readonly PreparedField[],
  lex: Lexicons,
): void {
  const retype = new Map<string, EntityType>();
  for (const f of fields) {
    if (f.field !== "abstract") continue;
    COPULA.lastIndex = 0;
    for (let m = COPULA.exec(f.text); m !== null; m = COPULA.exec(f.text)) {
      const short = m[1]!.replace(/(?<=\p{Lu})s$/u, "");
      if (lex.genericAcronyms.has(short) || lex.genericAcronyms.has(m[1]!)) continue;
      if (!retype.has(short)) retype.set(short, typeOfHead(m[2]!));
    }
  }
  if (retype.size === 0) return;
  const textOf = (c: Candidate) => fields.find((f) => f.field === c.field)!.text.slice(c.start, c.end);
  // a concept acronym's two spans both carry the short form as their alias
  for (const [short, type] of retype) {
    const spans = candidates.filter(
      (c) =>
        c.rule === "acronym" && c.type === "concept" && c.aliases?.length === 1 && c.aliases[0] === short,
    );
    if (spans.length === 0) continue;
    const long = spans.map(textOf).find((t) => t !== short && t.replace(/s$/, "") !== short);
    for (const c of spans) {
      c.type = type;
      c.name = short;
      c.key = slugKey(short);
      c.aliases = [long ?? short];
    }
  }
}
