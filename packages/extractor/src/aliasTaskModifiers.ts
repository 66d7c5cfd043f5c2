import type { ExtractedEntity } from "@paperkg/core";
import type { Lexicons } from "./loadLexicons.ts";
import type { PreparedField } from "./prepareField.ts";

/** A compound word joined by hyphens or slashes (`multiple-choice`, `music-driven`, `YES/NO`) right before a mention. */
const COMPOUND_BEFORE = /(?:^|[\s(])((?:\p{L}[\p{L}\p{N}]*)(?:[-/](?:\p{L}[\p{L}\p{N}]*))+) $/u;
const MAX_ALIASES = 10;
/** Parts of compounds of research prose (`state-of-the-art`, `an-easy-to-use`). */
const PROSE_PART = /^(?:the|of|a|an|art|and|or|we|our|its)$/;

/**
 * A task's name as the text writes it keeps a compound modifier the task phrase matchers leave out
 * (`multiple-choice question answering`, `music-driven dance generation`, `YES/NO question
 * answering`): such a spelling becomes an alias of the task, so that the paper links to the task
 * under its shorter name and the longer name is known too. Compounds of research prose
 * (`state-of-the-art`, `real-world`, `large-scale`: the generic adjectives) are not. Mutates `entities`.
 */
export function aliasTaskModifiers(
  entities: ExtractedEntity[],
  fields: Record<"title" | "abstract", PreparedField>,
  lex: Lexicons,
): void {
  for (const e of entities) {
    if (e.type !== "task" || !/\s/.test(e.name)) continue;
    const aliases = new Set(e.aliases ?? []);
    for (const m of e.mentions) {
      const text = fields[m.field].text;
      const before = COMPOUND_BEFORE.exec(text.slice(Math.max(0, m.start - 40), m.start));
      if (!before) continue;
      const compound = before[1]!;
      const lower = compound.toLowerCase();
      if (lex.adjectives.has(lower) || lower.split(/[-/]/).some((p) => PROSE_PART.test(p))) continue;
      aliases.add(`${compound} ${m.text}`);
    }
    if (aliases.size > (e.aliases?.length ?? 0)) e.aliases = [...aliases].sort().slice(0, MAX_ALIASES);
  }
}
