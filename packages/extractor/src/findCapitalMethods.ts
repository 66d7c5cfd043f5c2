import { lookupExact } from "./acronymCandidates.ts";
import { type Candidate, candidateAt, PRIORITY } from "./Candidate.ts";
import { MANNER } from "./findTermChunks.ts";
import { isNameLike } from "./isNameLike.ts";
import type { Lexicons } from "./loadLexicons.ts";
import { type PreparedField, sentenceIndexAt } from "./prepareField.ts";

/** Capitalised procedure heads: `Personality Prompting`, `Causal Route Gating`. */
const PROCEDURE = [
  "Prompting",
  "Tuning",
  "Fine-Tuning",
  "Finetuning",
  "Optimization",
  "Optimisation",
  "Distillation",
  "Decoding",
  "Guidance",
  "Attention",
  "Sampling",
  "Search",
  "Alignment",
  "Training",
  "Regularization",
  "Augmentation",
  "Merging",
  "Steering",
  "Gating",
  "Pruning",
  "Quantization",
  "Routing",
  "Editing",
  "Fusion",
  "Pooling",
  "Normalization",
  "Refinement",
];

/** Heads that name a part of a system rather than a procedure. */
const COMPONENT = new Set([
  "Encoder",
  "Decoder",
  "Transform",
  "Matching",
  "Network",
  "Transformer",
  "Module",
  "Block",
  "Classifier",
  "Mixer",
  "Tokenizer",
  "Adapter",
  "Loss",
  "Aggregator",
  "Extractor",
  "Selector",
  "Refiner",
  "Controller",
  "Injector",
  "Transducer",
]);

/**
 * Capitalised words, then a capitalised procedure or component head: `Personality Prompting`,
 * `Causal Route Gating`, `Cross-Scale Fusion Decoder`, `Unscented Transform` (the word after the
 * head must end it, so the order of the heads does not matter).
 */
const CAPITAL_METHOD = new RegExp(
  String.raw`(?<![\p{L}\d-])((?:\p{Lu}[\p{L}\d'’-]*\s+){1,4})(${[...PROCEDURE, ...COMPONENT].join("|")})(?![\p{L}\d-])`,
  "gu",
);

/**
 * A phrase the abstract capitalises mid-sentence and that ends in a procedure word names a method
 * (`we devise a Personality Prompting method`): prose writes techniques in lower case, names in
 * capitals. A sentence's first word is capitalised whatever it is, so the phrase must not start a
 * sentence; a known lexicon name keeps its own entry, and a phrase made only of generic or
 * evaluative words (`Efficient Training`) is no name.
 */
export function findCapitalMethods(f: PreparedField, lex: Lexicons): Candidate[] {
  const out: Candidate[] = [];
  if (f.field !== "abstract") return out;
  const { text } = f;
  CAPITAL_METHOD.lastIndex = 0;
  for (let m = CAPITAL_METHOD.exec(text); m !== null; m = CAPITAL_METHOD.exec(text)) {
    const words = m[1]!.trim().split(/\s+/);
    const name = `${words.join(" ")} ${m[2]!}`;
    const start = m.index;
    if (text.slice(start, start + name.length) !== name) continue;
    const sentenceStart = f.sentences[sentenceIndexAt(f, start)]?.start ?? 0;
    if (/^[\s"'“(]*$/.test(text.slice(sentenceStart, start))) continue;
    if (lookupExact(name, lex) !== null) continue;
    const specific = words.some((w) => {
      const lw = w.toLowerCase();
      return !lex.generic.has(lw) && !lex.adjectives.has(lw) && !lex.determiners.has(lw);
    });
    if (!specific || words.every((w) => lex.genericAcronyms.has(w))) continue;
    // `a Context-Aware Decoder`: a component head after manner words alone describes, not names
    if (
      COMPONENT.has(m[2]!) &&
      words.every((w) => MANNER.test(w.toLowerCase()) || lex.generic.has(w.toLowerCase()))
    )
      continue;
    // `Specialized Attention Heads`, `Branch Steering attacks`: the phrase modifies a longer name
    const after = text.slice(start + name.length, start + name.length + 50);
    if (/^[\s-]+(?:\p{Lu}|attacks?\b)/u.test(after)) continue;
    // `Cago (Capability-Aware Goal Sampling)`, `… Alignment (CTA)`, `STPFormer, a Spatio-Temporal
    // Pattern-Aware Transformer`: the long form of a short name
    const before = /([\p{L}\d][\p{L}\d.+-]*)(?:\s*\(|,\s+an?\s+)$/u.exec(
      text.slice(Math.max(0, start - 42), start),
    );
    const short = /^\s*\(([^\s(),;]{2,40})\)/u.exec(after);
    const named = (w: string | undefined) => (w !== undefined && isNameLike(w, lex) ? w : undefined);
    const shortName = named(before?.[1]) ?? named(short?.[1]);
    const c = shortName
      ? { ...make(f, shortName, start, start + name.length), aliases: [name] }
      : make(f, name, start, start + name.length);
    // `Tiered Sparse-Window Transformer`: the name outranks the known head word it ends in
    if (lookupExact(m[2]!, lex) !== null) c.priority = PRIORITY.lexicon;
    out.push(c);
  }
  return out;
}

function make(f: PreparedField, name: string, start: number, end: number): Candidate {
  return candidateAt(f.field, start, end, {
    type: "method",
    name,
    rule: "capital-method",
    confidence: 0.7,
    priority: PRIORITY.appositive,
  });
}
