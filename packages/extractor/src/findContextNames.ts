import type { EntityType } from "@paperkg/core";
import { lookupExact } from "./acronymCandidates.ts";
import { type Candidate, candidateAt, PRIORITY } from "./Candidate.ts";
import { findCopulas } from "./findCopulas.ts";
import { isNameLike } from "./isNameLike.ts";
import type { Lexicons } from "./loadLexicons.ts";
import type { PreparedField } from "./prepareField.ts";

const NAME = String.raw`[\p{L}\d][\p{L}\d.+\-]*[\p{L}\d+](?: v?\d+(?:\.\d+)+)?`;
const HEADS =
  "(framework|method|approach|algorithm|system|engine|layer|module|pipeline|technique|architecture|detector|encoder|decoder|network|estimator|agent|benchmark|dataset|suite|corpus|environment|model|LLM|LVLM|VLM|MLLM|language model|prover|solver|planner|tracker|policy)";
/** `OWLv2 models`, `Pythia checkpoints` */
const MODEL_CUE = new RegExp(
  String.raw`(?<![\p{L}\d\-.])(${NAME}) (?:models?|checkpoints?|model family|model series)(?![\p{L}])`,
  "gu",
);
/** `AutoRL, an evolutionary layer over …`, `MATHE, a multi-resolution … detector`, `WebPuzzle, the first dataset` */
const NAME_THEN_HEAD = new RegExp(
  String.raw`(?<![\p{L}\d\-.])(${NAME}), (?:a|an|the first|the largest|the only) (?:[\p{L}\d\-]+ ){0,5}?${HEADS}(?![\p{L}])`,
  "gu",
);
/** `… pipeline, SecKnowledge 2.0, which …` */
const HEAD_THEN_NAME = new RegExp(
  String.raw`${HEADS}s?,? (?:called |named |termed |dubbed )?(${NAME})(?:,? (?:which|that|to|for|as)\s|, | \()`,
  "gu",
);

/**
 * `Virchow2 is a pathology foundation model`, `MoviCam is the first non-synthetic dataset`: a copula
 * says what the name before it is (a model only when pretrained-model words say so).
 */
const PRETRAINED_WORDS =
  /\b(?:foundation|language|pretrained|pre-trained|open-source|open-weight|large|multimodal|vision-language)\b/;

/** `the symbolic deduction engine DDARN`, `our reward model UI-Genie-RM`: a kind noun, then its name. */
const HEAD_NAME = new RegExp(
  String.raw`(?<![\p{L}])(?:the|our|a|an|new|proposed|novel)\s+(?:[\p{Ll}\-]+\s+){0,3}?${HEADS} (${NAME})(?![\p{L}\d\-])`,
  "gu",
);

/** `our CrossTrainer approach`, `the TSDiff framework`: a strong name before the kind noun it is. */
const NAME_BEFORE_HEAD = new RegExp(
  String.raw`(?<![\p{L}])(?:our|the|a|an|this|proposed)\s+(${NAME}) ${HEADS}s?(?![\p{L}\d-])`,
  "gu",
);

/**
 * Hyphenated descriptions rather than names: `LLM-guided`, `YOLOv7-based`, `Bradley--Terry` (a
 * person's name), `Identify-Compress-Estimate`, `Memory-as-Cognition` (capitalised English words).
 */
function isDescription(name: string): boolean {
  // `text-to-3D`, `image-to-video`: a task, not a name
  if (name.includes("--") || /^[\p{L}\d]+-to-[\p{L}\d]+$/iu.test(name)) return true;
  if (
    /-(?:based|guided|driven|aware|free|like|style|specific|agnostic|level|scale|enhanced|augmented|powered)$/i.test(
      name,
    )
  )
    return true;
  const parts = name.split("-");
  const english = (p: string) => /^(?:\p{Lu}\p{Ll}+|as|and|or|of|to|the|then|for|in|on|by)$/u.test(p);
  return parts.length >= 3 && parts.every(english);
}

function typeOfHead(head: string): EntityType {
  if (/^(?:benchmark|dataset|suite|corpus|environment)$/.test(head)) return "benchmark";
  if (/^(?:LLM|LVLM|VLM|MLLM|language model)$/.test(head)) return "model";
  return "method";
}

/**
 * Names introduced by their syntax rather than a lexicon: an appositive that says what the name
 * is (`X, a … framework`) or a name used as a model (`X models`). Typed by the head noun.
 */
export function findContextNames(f: PreparedField, lex: Lexicons): Candidate[] {
  const out: Candidate[] = [];
  if (f.field !== "abstract") return out;
  const { text } = f;
  const push = (name: string, start: number, type: EntityType, rule: string, priority: number) => {
    if (!isNameLike(name.split(" ")[0]!, lex) || lex.genericAcronyms.has(name) || isDescription(name)) return;
    out.push(
      candidateAt(f.field, start, start + name.length, { type, name, rule, confidence: 0.7, priority }),
    );
  };
  MODEL_CUE.lastIndex = 0;
  for (let m = MODEL_CUE.exec(text); m !== null; m = MODEL_CUE.exec(text)) {
    const name = m[1]!;
    if (/^\d|-(?:based|parameters?|scale|sized?|level)$/i.test(name)) continue;
    // `V3 models`, `B3 models`: a letter and a digit are a version or a size, not a name
    if ((/\d/.test(name) || /\p{Ll}\p{Lu}/u.test(name)) && name.length >= 3)
      push(name, m.index, "model", "model-cue", PRIORITY.modelCue);
  }
  NAME_THEN_HEAD.lastIndex = 0;
  for (let m = NAME_THEN_HEAD.exec(text); m !== null; m = NAME_THEN_HEAD.exec(text)) {
    push(m[1]!, m.index, typeOfHead(m[2]!), "appositive", PRIORITY.appositive);
  }
  HEAD_THEN_NAME.lastIndex = 0;
  for (let m = HEAD_THEN_NAME.exec(text); m !== null; m = HEAD_THEN_NAME.exec(text)) {
    const name = m[2]!;
    push(
      name,
      m.index + m[0].indexOf(name, m[1]!.length),
      typeOfHead(m[1]!),
      "appositive",
      PRIORITY.appositive,
    );
  }
  NAME_BEFORE_HEAD.lastIndex = 0;
  for (let m = NAME_BEFORE_HEAD.exec(text); m !== null; m = NAME_BEFORE_HEAD.exec(text)) {
    const name = m[1]!;
    if (!/\p{Lu}/u.test(name.slice(1)) || name.length < 3 || /^\d/.test(name)) continue;
    const head = m[2]!;
    // a coined name before `model` is a model only with a version or size (`the FooNet model` may be a method)
    if (typeOfHead(head) === "model" && !/\d/.test(name)) continue;
    // `the Self-Training method`: a known term spelled in capitals is not a new name
    const known = lookupExact(name, lex);
    if (known && known.type !== typeOfHead(head)) continue;
    push(name, m.index + m[0].indexOf(name), typeOfHead(head), "appositive", PRIORITY.appositive);
  }
  for (const c of findCopulas(text)) {
    const name = c.name;
    // a strong name only (inner capitals or digits), not a sentence's capitalised first word
    if (c.inParens || (!/\p{Lu}/u.test(name.slice(1)) && !/\d/.test(name))) continue;
    if (/^\d/.test(name) || lookupExact(name, lex)) continue;
    const type: EntityType =
      c.head === "model"
        ? "model"
        : c.head === "benchmark" || c.head === "dataset" || c.head === "corpus"
          ? "benchmark"
          : "method";
    if (type === "model" && !PRETRAINED_WORDS.test(c.words)) continue;
    if (c.head === "attack" || c.head.startsWith("optimi")) continue;
    push(name, c.start, type, "appositive", PRIORITY.appositive);
  }
  HEAD_NAME.lastIndex = 0;
  for (let m = HEAD_NAME.exec(text); m !== null; m = HEAD_NAME.exec(text)) {
    const name = m[2]!;
    // a strong name only: inner capitals or digits, not a plain capitalised word or a unit
    if (!/\p{Lu}/u.test(name.slice(1)) || name.length < 3 || /^\d/.test(name)) continue;
    push(name, m.index + m[0].length - name.length, typeOfHead(m[1]!), "appositive", PRIORITY.appositive);
  }
  return out;
}
