/** A name and what a copula after it says it is: `GCG has emerged as an effective approach`. */
export interface Copula {
  name: string;
  start: number;
  /** The name closes a parenthesis: `Greedy Coordinate Gradient (GCG) is …`. */
  inParens: boolean;
  /** The words between the article and the head: `pathology foundation`. */
  words: string;
  head: string;
}

const VERB =
  / (?:is|has emerged as|has become|was proposed as|was introduced as|serves as|remains) (?:a|an|the) /g;
const NAME_BEFORE = /(?<![\p{L}\d\-.])([\p{L}\d][\p{L}\d.+-]*[\p{L}\d+])(\)?)$/u;
const HEAD_AFTER =
  /((?:[\p{L}\d-]+ ){0,5}?)(method|approach|algorithm|technique|attack|optimi[sz]er|framework|architecture|benchmark|dataset|corpus|model)s?(?![\p{L}\d-])/uy;

/**
 * Every `NAME is|has become|serves as … a|an|the [≤5 words] HEAD` in `text`. The verb is found
 * first and the name and head read beside it: one regex over every word would cost far more.
 */
export function findCopulas(text: string): Copula[] {
  const out: Copula[] = [];
  VERB.lastIndex = 0;
  for (let v = VERB.exec(text); v !== null; v = VERB.exec(text)) {
    const from = Math.max(0, v.index - 60);
    const before = NAME_BEFORE.exec(text.slice(from, v.index));
    if (!before) continue;
    HEAD_AFTER.lastIndex = v.index + v[0].length;
    const after = HEAD_AFTER.exec(text);
    if (!after) continue;
    const name = before[1]!;
    out.push({
      name,
      start: from + before.index,
      inParens: before[2] === ")",
      words: after[1]!,
      head: after[2]!,
    });
  }
  return out;
}
