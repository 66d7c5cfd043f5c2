import type { Candidate } from "./Candidate.ts";
import { slugKey } from "./normalizeKey.ts";
import type { FieldName, PreparedField } from "./prepareField.ts";

/** The numbered part of a benchmark or shared task written after its name (`Task 9`, `Release 2`). */
export const NUMBERED_PART = /^(?:Task|Subtask|Track|Release|Version|Phase|Part)$/;
const TRAILING =
  /^(?: (?:Task|Subtask|Track|Release|Version|Phase|Part) \d+(?:\.\d+)?[a-z]?| (?:19|20)\d\d)(?![\p{L}\d])/u;

/**
 * A benchmark name followed by a numbered part or a year names that part or edition:
 * `SemEval-2026 Task 9`, `TED-LIUM Release 2`, `UG2+ Challenge Track 3`, `PhysioNet Challenge 2025`
 * are one benchmark each, not `SemEval-2026` (a shared task's edition holds many tasks, each its
 * own benchmark). Extends the span and the name of every benchmark candidate so followed, in place;
 * a lexicon hit's year is read by the lexicon matcher already.
 */
export function extendBenchmarkNames(
  candidates: Candidate[],
  fields: Readonly<Record<FieldName, PreparedField>>,
): void {
  for (const c of candidates) {
    if (c.type !== "benchmark") continue;
    const text = fields[c.field].text;
    const m = TRAILING.exec(text.slice(c.end, c.end + 24));
    if (!m) continue;
    c.end += m[0].length;
    c.name = `${c.name}${m[0]}`;
    c.key = slugKey(c.name);
  }
}
