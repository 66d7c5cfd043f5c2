import { type Candidate, candidateAt, PRIORITY } from "./Candidate.ts";
import type { PreparedField } from "./prepareField.ts";

/** A coined model name and its version: `EXAONE 4.5`, `Zorp-2`, `FooLM v1.5`. */
const VERSIONED = /^(\p{Lu}[\p{L}\d-]*?[\p{L}])([ -])(v?\d+(?:\.\d+)*)$/u;

/**
 * Another version of a model the paper names (`EXAONE 4.5` … `the existing EXAONE 4.0 framework`)
 * is a model too, whatever words stand around it: a paper that releases version 4.5 of a model
 * names 4.0 as its predecessor. Only names no lexicon knows (the lexicon reads its families'
 * versions itself), and only spans no other model candidate holds.
 */
export function findSiblingVersions(
  candidates: readonly Candidate[],
  fields: readonly PreparedField[],
): Candidate[] {
  const families = new Map<string, { sep: string; versions: Set<string> }>();
  for (const c of candidates) {
    if (c.type !== "model" || c.rule.startsWith("lexicon")) continue;
    const m = VERSIONED.exec(c.name);
    // a coined name (`EXAONE`, `SaluNet-C`), not a capitalised word (`Phase-1`, `Stage 2`)
    if (!m || m[1]!.length < 3 || !/\p{Lu}|\d/u.test(m[1]!.slice(1))) continue;
    const had = families.get(m[1]!);
    if (had) had.versions.add(m[3]!);
    else families.set(m[1]!, { sep: m[2]!, versions: new Set([m[3]!]) });
  }
  if (families.size === 0) return [];
  const out: Candidate[] = [];
  for (const [family, { sep, versions }] of families) {
    const re = new RegExp(
      `(?<![\\p{L}\\d-])${family.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}${sep === " " ? " " : "-"}(v?\\d+(?:\\.\\d+)*)(?![\\p{L}\\d]|\\.\\d|-\\p{L}|\\s?%)`,
      "gu",
    );
    for (const f of fields) {
      for (const m of f.text.matchAll(re)) {
        if (versions.has(m[1]!)) continue;
        const start = m.index!;
        const end = start + m[0].length;
        const taken = candidates.some(
          (c) => c.field === f.field && c.type === "model" && c.start < end && start < c.end,
        );
        if (taken) continue;
        out.push(
          candidateAt(f.field, start, end, {
            type: "model",
            name: m[0],
            rule: "sibling-version",
            confidence: 0.7,
            priority: PRIORITY.modelCue,
            family,
          }),
        );
      }
    }
  }
  return out;
}
