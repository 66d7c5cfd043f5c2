import type { EntityType } from "@paperkg/core";
import type { Candidate } from "./Candidate.ts";
import { findCopulas } from "./findCopulas.ts";
import type { Lexicons } from "./loadLexicons.ts";
import { slugKey } from "./normalizeKey.ts";
import type { PreparedField } from "./prepareField.ts";

const ACRONYM_HEADS = new Set([
  "method",
  "approach",
  "algorithm",
  "technique",
  "attack",
  "optimizer",
  "optimiser",
  "architecture",
  "benchmark",
  "dataset",
]);

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
    for (const c of findCopulas(f.text)) {
      // the heads an acronym's long form could not give: not a framework, nor a kind of model
      if (!ACRONYM_HEADS.has(c.head) || c.words.split(" ").length > 5) continue;
      const short = c.name.replace(/(?<=\p{Lu})s$/u, "");
      if (lex.genericAcronyms.has(short) || lex.genericAcronyms.has(c.name)) continue;
      if (!retype.has(short)) retype.set(short, typeOfHead(c.head));
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
