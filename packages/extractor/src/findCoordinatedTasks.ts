import type { Candidate } from "./Candidate.ts";
import { modifiesNext } from "./dropModifierTasks.ts";
import { DOING_WORD, isTaskModifier } from "./findTaskPhrases.ts";
import type { Lexicons } from "./loadLexicons.ts";
import { slugKey } from "./normalizeKey.ts";
import { type PreparedField, plainCase } from "./prepareField.ts";
import { singularize } from "./singularize.ts";
import type { Token } from "./tokenize.ts";

const AND_OR = /^(?:and|or)$/;

/**
 * Tasks written in coordination share a head or a modifier with a task phrase beside them:
 * `spatial and temporal reasoning` names `spatial reasoning` too, and `video generation and
 * editing` names `video editing`. From the task phrases `findTaskPhrases` found by a task head, the
 * other task of such a pair, with the coordinated word as its span: a modifier of the same kind
 * (`isTaskModifier`) before a phrase of one modifier and its head, or a head from the task head
 * list (`tasks.json` heads) after any task phrase, not modifying a noun after it.
 */
export function findCoordinatedTasks(
  f: PreparedField,
  tasks: readonly Candidate[],
  lex: Lexicons,
): Candidate[] {
  const out: Candidate[] = [];
  if (!tasks.some((c) => c.field === f.field && c.rule === "task-head")) return out;
  const { tokens } = f;
  for (const c of tasks) {
    if (c.field !== f.field || c.rule !== "task-head") continue;
    const words = c.name.split(" ");
    const first = tokenAt(tokens, c.start);
    const last = tokenAt(tokens, c.end - 1);
    if (tokens[first]?.start !== c.start || tokens[last]?.end !== c.end) continue;
    const head = words[words.length - 1]!;
    const modifier = words[words.length - 2]!;
    // `spatial and temporal reasoning` → `spatial reasoning`
    const m = words.length === 2 && last === first + 1 ? tokens[first - 2] : undefined;
    if (m && isConjunction(tokens, first - 1, f) && sameSentence(f, first - 2, first)) {
      const before = tokens[first - 3];
      const opens = before?.kind !== "letters" || !isTaskModifier(before, first - 3, f, lex);
      // `detection and pose estimation`: a doing-word is a task of its own, not a shared modifier
      const doing = DOING_WORD.test(m.norm) || lex.taskHeads.has(m.norm);
      if (
        opens &&
        !doing &&
        !modifiesNext(f, c.end, lex) &&
        !/[\p{L}\p{N}-]/u.test(f.text[m.start - 1] ?? "") &&
        isTaskModifier(m, first - 2, f, lex)
      )
        if (head !== "reasoning" || lex.reasoningModifiers.has(m.norm))
          out.push(candidate(c, `${/^\p{Lu}{2,5}$/u.test(m.text) ? m.text : m.norm} ${head}`, m, f));
    }
    // `video generation and editing` → `video editing`
    const h = tokens[last + 2];
    if (h && isConjunction(tokens, last + 1, f) && sameSentence(f, last, last + 2) && h.kind === "letters") {
      const word = singularize(h.norm);
      const whole = !/[\p{L}\p{N}-]/u.test(f.text[h.end] ?? "");
      if (whole && plainCase(f, h) && lex.taskHeads.has(word) && !modifiesNext(f, h.end, lex))
        if (word !== "reasoning" || lex.reasoningModifiers.has(modifier))
          out.push(candidate(c, `${words.slice(0, -1).join(" ")} ${word}`, h, f));
    }
  }
  return out;
}

/** The index of the token holding offset `at` (or the last one before it): tokens are in text order. */
function tokenAt(tokens: readonly Token[], at: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (tokens[mid]!.start <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function isConjunction(tokens: readonly Token[], i: number, f: PreparedField): boolean {
  const t = tokens[i];
  return t !== undefined && AND_OR.test(t.norm) && t.text === t.norm && f.text[t.start - 1] === " ";
}

function sameSentence(f: PreparedField, a: number, b: number): boolean {
  return f.sentenceOf[a] === f.sentenceOf[b];
}

function candidate(from: Candidate, name: string, span: Token, f: PreparedField): Candidate {
  return {
    type: "task",
    name,
    key: slugKey(name),
    field: f.field,
    start: span.start,
    end: span.end,
    rule: "task-coordination",
    confidence: 0.5,
    priority: from.priority,
  };
}
