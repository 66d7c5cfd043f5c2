import { lookupExact } from "./acronymCandidates.ts";
import { type Candidate, candidateAt, PRIORITY } from "./Candidate.ts";
import { extendModelName } from "./extendModelName.ts";
import { isNameLike } from "./isNameLike.ts";
import type { Lexicons } from "./loadLexicons.ts";
import type { PreparedField } from "./prepareField.ts";

/** Whitespace-separated words with a capital: every shape below has one. */
const WORD = /(?<!\S)(?=\S*\p{Lu})\S+/gu;
const MODEL_SIZE = /^([\p{L}][\p{L}\d.]*(?:-[\p{L}\d.]+)*?)-(\d+(?:\.\d+)?[BM])((?:-[\p{L}\d.]+)*)$/u;
const BENCH_SUFFIX = /^[\p{L}\d][\p{L}\d.-]*[Bb]ench(?:-[\p{L}\d.]+)?$/u;
const QA_SUFFIX = /^\p{Lu}[\p{L}\d-]*QA(?:-[\p{L}\d.]+)?$/u;
const EVAL_SUFFIX = /^\p{Lu}[\p{L}\d-]*Eval(?:-[\p{L}\d.]+)?$/u;
const PLUS_SUFFIX = /^\p{Lu}[\p{L}\d-]*\+\+$/u;
const ARCHITECTURE_PLUS = /(?:Net|Former|GAN|CAM|TCN|NeRF|Nets)\+\+$/u;
/** `UI-Genie-Agent-16k`, `SPair-71k`: a name with a count of thousands of items is a dataset. */
const DATA_COUNT = /^\p{L}[\p{L}\d.]*(?:-[\p{L}\d.]+)*-\d+(?:\.\d+)?[kK]$/u;
/**
 * A coined name built on a language-model word (`SmolVLM2`, `BioGPT`, `CodeBERT`, `TinyLlama`,
 * `O3SLM`): a model. The word needs something before the suffix and a lower-case letter or a
 * digit, so that kind acronyms (`MLLM`, `SLM`) stay out.
 */
const MODEL_WORD =
  /^(?=.*[\p{Ll}\d])[\p{L}\d][\p{L}\d.]+?(?:GPT|LLM|VLM|LM|BERT|Llama|LLaMA)[\d.]*(?:-[\p{Lu}\d][\p{L}\d.]*)*$/u;

/**
 * Names recognised by their shape alone, one whitespace-separated word at a time:
 * models with a size (`OLMo-2-7B`, `InternVL3-8B-Instruct`) and benchmarks ending in
 * `Bench`, `QA`, `Eval` or `++` (`LiveCodeBench`, `HotpotQA`, `AlpacaEval`, `MiniWoB++`).
 */
export function findShapes(f: PreparedField, lex: Lexicons): Candidate[] {
  const out: Candidate[] = [];
  const { text } = f;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    let word = m[0];
    let start = m.index;
    const lead = /^[("'“[]+/.exec(word)?.[0].length ?? 0;
    word = word.slice(lead);
    start += lead;
    word = word.replace(/(?:'s|’s)?[)"'”\],.;:!?]+$|'s$|’s$/u, "");
    if (word.length < 3 || word.length > 60) continue;
    const end = start + word.length;
    const size = MODEL_SIZE.exec(word);
    if (size && /\p{Lu}/u.test(size[1]!) && !/^\d/.test(size[1]!)) {
      // `Caco-1.3M`, `Honey-Data-15M`: a few million is a dataset's size; models are counted in B (or 100M+)
      const millions = size[2]!.endsWith("M") ? Number.parseFloat(size[2]!) : Number.POSITIVE_INFINITY;
      if (millions < 100 || /data|set|corpus|bench/i.test(size[1]!)) {
        out.push(candidate(f, "benchmark", word, start, end, "dataset-shape", 0.75, PRIORITY.benchmarkShape));
      } else
        out.push(candidate(f, "model", word, start, end, "model-shape", 0.85, PRIORITY.modelShape, size[1]!));
      continue;
    }
    if (lex.genericAcronyms.has(word) || lex.genericAcronyms.has(word.replace(/s$/, ""))) continue;
    if (DATA_COUNT.test(word) && /\p{Lu}/u.test(word)) {
      out.push(candidate(f, "benchmark", word, start, end, "dataset-shape", 0.75, PRIORITY.benchmarkShape));
      continue;
    }
    // `dLLM`, `mLLM`: one letter before a kind acronym is still the kind
    if (MODEL_WORD.test(word) && !/^\p{Ll}\p{Lu}*LMs?$/u.test(word)) {
      const sized = spacedSizeEnd(text, end, lex);
      const name = text.slice(start, sized);
      const family = sized > end ? word : null;
      out.push(candidate(f, "model", name, start, sized, "model-name", 0.7, PRIORITY.modelCue, family));
      continue;
    }
    const family = familyVariant(word, lex);
    if (family !== null) {
      // a lexicon alias (`DINOv2` of `DINO`) is that entry, found here even without a model cue
      const known = lookupExact(word, lex, true);
      const sized = spacedSizeEnd(text, end, lex);
      const c = candidate(
        f,
        "model",
        text.slice(start, sized),
        start,
        sized,
        "family-name",
        0.7,
        PRIORITY.modelShape,
        family,
      );
      if (known?.type === "model" && sized === end) {
        c.name = known.name;
        c.key = known.key;
        c.family = null;
      }
      // `family-name`, not a shape: a paper that proposes `FloorSAM` types it by what it says it is
      out.push(c);
      continue;
    }
    const lower = word.toLowerCase();
    if (BENCH_SUFFIX.test(word) && /\p{Lu}/u.test(word) && lower !== "bench") {
      out.push(candidate(f, "benchmark", word, start, end, "benchmark-shape", 0.85, PRIORITY.benchmarkShape));
    } else if (QA_SUFFIX.test(word) && word.length >= 5 && isNameLike(word, lex)) {
      out.push(candidate(f, "benchmark", word, start, end, "benchmark-shape", 0.8, PRIORITY.benchmarkShape));
    } else if (EVAL_SUFFIX.test(word) && word.length >= 6) {
      out.push(candidate(f, "benchmark", word, start, end, "benchmark-shape", 0.8, PRIORITY.benchmarkShape));
    } else if (PLUS_SUFFIX.test(word) && word.length >= 4) {
      // `PointNet++`, `MS-TCN++`, `GradCAM++`: the next version of an architecture is a method
      if (ARCHITECTURE_PLUS.test(word))
        out.push(candidate(f, "method", word, start, end, "method-shape", 0.7, PRIORITY.benchmarkShape));
      else
        out.push(
          candidate(f, "benchmark", word, start, end, "benchmark-shape", 0.75, PRIORITY.benchmarkShape),
        );
    }
  }
  return out;
}

/**
 * `EuroLLM 1.7B Instruct`, `MedGemma 4B`: a coined model name followed by a spaced parameter count
 * (and its variant words) names that size of the model; the end of that name, or `end`.
 */
function spacedSizeEnd(text: string, end: number, lex: Lexicons): number {
  const size = /^ (\d+(?:\.\d+)?)([BM])(?![\p{L}\d]|\.\d)/u.exec(text.slice(end, end + 10));
  // `FooLM 2M tokens`: a few million counts data; models are counted in B (or 100M+)
  if (!size || (size[2] === "M" && Number.parseFloat(size[1]!) < 100)) return end;
  const ext = extendModelName(text, end + size[0].length, lex, false, false);
  return /[\p{L}\d]/u.test(text[ext.end] ?? "") ? end + size[0].length : ext.end;
}

/**
 * A known model family with a glued version (`YOLOv9`, `YOLOv5s` → `YOLO`) or after a coined
 * prefix (`MedGemma`, `BioMistral`, `BiomedCLIP` → `Gemma`, `Mistral`, `CLIP`) names a model of
 * that family. Families are the model lexicon's one-word names of four letters or more (or three
 * capitals); the family is returned, or null.
 */
function familyVariant(word: string, lex: Lexicons): string | null {
  const version = /v\d/.test(word) ? /^(\p{Lu}[\p{L}]*?)v\d+(?:\.\d+)?[a-z]?$/u.exec(word) : null;
  if (version) {
    const known = lookupExact(version[1]!, lex, true);
    return known?.type === "model" ? known.name : null;
  }
  if (!/\p{Ll}\p{Lu}/u.test(word)) return null;
  const coined = familySuffixes(lex).exec(word);
  return coined ? coined[2]! : null;
}

const suffixCache = new WeakMap<Lexicons, RegExp>();
function familySuffixes(lex: Lexicons): RegExp {
  let re = suffixCache.get(lex);
  if (!re) {
    const names = lex.entries
      .filter((e) => e.type === "model" && /^(?:\p{Lu}\p{Ll}{3,}|\p{Lu}{3,})$/u.test(e.name))
      .map((e) => e.name)
      .sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
    // a capitalised prefix of two letters or more, the family, then a version at most
    re = new RegExp(`^(\\p{Lu}[\\p{Ll}]+(?:\\p{Lu}[\\p{Ll}]+)?)(${names.join("|")})[\\d.]*$`, "u");
    suffixCache.set(lex, re);
  }
  return re;
}

function candidate(
  f: PreparedField,
  type: "model" | "benchmark" | "method",
  name: string,
  start: number,
  end: number,
  rule: string,
  confidence: number,
  priority: number,
  family: string | null = null,
): Candidate {
  return candidateAt(f.field, start, end, { type, name, rule, confidence, priority, family });
}
