import type { ExtractedEntity } from "@paperkg/core";
import { classifyWord, isVerbNoun } from "./findTermChunks.ts";
import type { Lexicons } from "./loadLexicons.ts";
import type { PreparedField } from "./prepareField.ts";
import { singularize } from "./singularize.ts";

/**
 * A task phrase that modifies the noun after it (`data synthesis process`, `pose estimation
 * network`, `personality assessment inventories`) names a part or property of something else, not
 * a task the paper addresses; followed by a word that says it is a task (`… tasks`, `… benchmarks`,
 * `… methods`, `… accuracy`; `tasks.json` contextNouns) it still is one. Such mentions are dropped,
 * and a task left without mentions with them. Mutates `entities`.
 */
export function dropModifierTasks(
  entities: ExtractedEntity[],
  fields: Record<"title" | "abstract", PreparedField>,
  lex: Lexicons,
): void {
  for (let i = entities.length - 1; i >= 0; i--) {
    const e = entities[i]!;
    if (e.type !== "task") continue;
    // an acronym (`ASR corpora`) modifies nouns as a matter of course
    const kept = e.mentions.filter(
      (m) => /^[\p{Lu}\p{N}-]+$/u.test(m.text) || !modifiesNext(fields[m.field], m.end, lex),
    );
    if (kept.length === 0) entities.splice(i, 1);
    else if (kept.length < e.mentions.length) e.mentions = kept;
  }
}

const NEXT_WORD = /^ ([\p{L}][\p{L}-]*)(?![\p{L}\p{N}])/u;

/** The word after `end` is a noun the phrase before it modifies (`pose estimation network`). */
export function modifiesNext(f: PreparedField, end: number, lex: Lexicons): boolean {
  const m = NEXT_WORD.exec(f.text.slice(end, end + 40));
  if (!m) return false;
  const word = m[1]!;
  const lower = word.toLowerCase();
  if (word !== lower && !(f.titleCase && word.slice(1) === lower.slice(1))) return false;
  const singular = singularize(lower);
  // `text-to-SQL synthesis`: the next word heads a longer task
  if (lex.taskContextNouns.has(singular) || lex.taskHeads.has(singular)) return false;
  if (classifyWord(lower, lex) === "N") return true;
  // `denoising schedules`: a plural compromise knows only as a verb's present tense is a noun here
  return lower.endsWith("s") && isVerbNoun(lower);
}
