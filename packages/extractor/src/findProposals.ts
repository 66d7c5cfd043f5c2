import type { EntityType } from "@paperkg/core";
import { isNameLike } from "./isNameLike.ts";
import type { Lexicons } from "./loadLexicons.ts";
import type { FieldName } from "./prepareField.ts";

/** A name the paper introduces, with the type its context suggests. */
export interface Proposal {
  name: string;
  type: Extract<EntityType, "method" | "benchmark" | "model">;
  field: FieldName;
  start: number;
  end: number;
  rule: "proposal-cue" | "title-prefix";
}

const CUE =
  /(?<![\p{L}])(?:we|We|this paper|This paper|this work|This work)\s+(?:(?:first|further|then|also|thus|therefore|hence|newly|additionally)\s+)?(?:propose|introduce|present|develop|design|release|build|construct|curate|contribute|create|open-source|call|name|term|dub)[ds]?(?![\p{L}])/gu;
const NAMED = /(?:called|named|dubbed|termed|coined|namely|codenamed)\s+["'“]?([\p{L}\d][\p{L}\d.+-]*)/u;
const FIRST =
  /^\s*(?:(?:a|an|the)\s+)?["'“]?([\p{L}\d][\p{L}\d.+-]*(?:-[\p{L}\d]+)*)["'”]?\s*(?=[,:(]|\s+(?:is|a|an|as|which|that|to|for|,))/u;
const APPOSITION =
  /^[^.;]{0,90}?,\s+["'“]?([\p{L}\d][\p{L}\d.+-]*)["'”]?\s*(?=[,(:]|\s+(?:which|that|to|for|a|an)\s)/u;
const BENCH_WORDS =
  /\b(?:benchmarks?|datasets?|suite|corpus|testbed|leaderboard|arena|environments?|evaluation framework|test set)\b/i;
const MODEL_WORDS =
  /\b(?:language models?|LLMs?|foundation models?|vision-language models?|VLMs?|MLLMs?|family of|series of|open-weight|open-source models?|checkpoints?|pretrained models?)\b/;
const TITLE_MODEL_WORDS =
  /technical report|family of|series of|\ban? (?:(?:open|open-source|open-weight|small|efficient|compact|unified|native)[ -])*(?:large )?(?:language|foundation|multimodal|vision-language|reasoning) models?\b/i;
const TITLE_STOP = new Set([
  "position",
  "survey",
  "review",
  "tutorial",
  "overview",
  "rethinking",
  "revisiting",
  "towards",
  "toward",
  "beyond",
  "when",
  "what",
  "why",
  "how",
  "can",
  "do",
  "does",
  "is",
  "are",
  "on",
  "from",
  "the",
  "a",
  "an",
]);

/** `we propose X`, `we introduce a benchmark, X, …`, and the title prefix before a colon. */
export function findProposals(title: string, abstract: string, lex: Lexicons): Proposal[] {
  const out: Proposal[] = [];
  const colon = title.indexOf(":");
  if (colon > 0 && colon <= 50) {
    const prefix = title.slice(0, colon).trim();
    const words = prefix.split(/\s+/);
    const rest = title.slice(colon + 1);
    const nameLike = words.length <= 3 && !prefix.includes(",") && !TITLE_STOP.has(words[0]!.toLowerCase());
    if (
      nameLike &&
      (words.length === 1
        ? isNameLike(prefix, lex, true) || /^\p{Lu}[\p{L}\d]*-/u.test(prefix)
        : words.some((w) => isNameLike(w, lex)))
    ) {
      const start = title.indexOf(prefix);
      out.push({
        name: prefix,
        type: typeFrom(rest, true),
        field: "title",
        start,
        end: start + prefix.length,
        rule: "title-prefix",
      });
    }
  }
  CUE.lastIndex = 0;
  for (let m = CUE.exec(abstract); m !== null; m = CUE.exec(abstract)) {
    const after = abstract.slice(m.index + m[0].length, m.index + m[0].length + 200);
    const sentenceEnd = after.search(/\.\s|$/);
    const clause = after.slice(0, sentenceEnd === -1 ? after.length : sentenceEnd);
    const named = NAMED.exec(clause);
    const hit = named ?? FIRST.exec(clause) ?? APPOSITION.exec(clause);
    if (!hit) continue;
    const name = hit[1]!.replace(/[.-]+$/, "");
    const strictOk = isNameLike(name, lex) || (named !== null && /\p{L}{2,}/u.test(name));
    if (!strictOk || lex.generic.has(name.toLowerCase())) continue;
    const offset = m.index + m[0].length + (hit.index ?? 0) + hit[0].indexOf(hit[1]!);
    out.push({
      name,
      type: typeFrom(clause),
      field: "abstract",
      start: offset,
      end: offset + name.length,
      rule: "proposal-cue",
    });
  }
  return out;
}

function typeFrom(context: string, title = false): Proposal["type"] {
  if (BENCH_WORDS.test(context) || (title && /\b(?:evaluating|benchmarking)\b/i.test(context)))
    return "benchmark";
  if (title ? TITLE_MODEL_WORDS.test(context) : MODEL_WORDS.test(context)) return "model";
  return "method";
}
