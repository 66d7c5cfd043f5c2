import type { Candidate } from "./Candidate.ts";
import type { PreparedField } from "./prepareField.ts";

const MAX_NAMES = 60;

/**
 * Names found by context (acronyms, shapes, cues, proposals) are then found everywhere they
 * recur in the title and abstract, word-bounded, as mentions with rule `repeat`.
 */
export function repeatMentions(
  candidates: Candidate[],
  fields: Record<"title" | "abstract", PreparedField>,
): Candidate[] {
  const templates = new Map<string, Candidate>();
  for (const c of candidates) {
    // a coordinated task's span is one word of it (`editing` of `video generation and editing`)
    if (c.rule.startsWith("lexicon") || /^(?:task-head|task-coordination|term)$/.test(c.rule)) continue;
    const surface = fields[c.field].text.slice(c.start, c.end);
    if (surface.length < 2 || templates.size >= MAX_NAMES) continue;
    const known = templates.get(surface);
    if (!known || c.priority > known.priority) templates.set(surface, c);
  }
  const out: Candidate[] = [];
  for (const [surface, t] of templates) {
    for (const f of [fields.title, fields.abstract]) {
      let from = 0;
      for (let at = f.text.indexOf(surface, from); at !== -1; at = f.text.indexOf(surface, from)) {
        from = at + surface.length;
        if (/[\p{L}\p{N}]/u.test(f.text[at - 1] ?? "") || /[\p{L}\p{N}]/u.test(f.text[from] ?? "")) continue;
        // part of a longer hyphenated name: `RL` in `RL-MIA`, `Net` in `Foo-Net`
        if (
          /^-[\p{Lu}\p{N}]/u.test(f.text.slice(from, from + 2)) ||
          /[\p{L}\p{N}]-$/u.test(f.text.slice(Math.max(0, at - 2), at))
        )
          continue;
        out.push({
          ...t,
          field: f.field,
          start: at,
          end: from,
          rule: "repeat",
          priority: t.priority - 1,
          aliases: [],
        });
      }
    }
  }
  return out;
}
