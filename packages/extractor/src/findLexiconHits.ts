import { type Candidate, candidateAt, PRIORITY } from "./Candidate.ts";
import { extendModelName } from "./extendModelName.ts";
import { classifyWord } from "./findTermChunks.ts";
import termsJson from "./lexicons/terms.json" with { type: "json" };
import type { LexiconHit, Lexicons } from "./loadLexicons.ts";
import { slugKey } from "./normalizeKey.ts";
import type { PreparedField } from "./prepareField.ts";
import { singularize } from "./singularize.ts";
import type { TrieMatch } from "./TokenTrie.ts";
import { isSeparator, type Token } from "./tokenize.ts";

const WEAK_HEADS = new Set(termsJson.weakHeads);

/** A benchmark's split or version: `SWE-bench Verified`, `MMLU-Pro`, `AIME 2024`, `AlpacaEval 2.0`. */
const LANGUAGE =
  "(?:English|German|French|Romanian|Russian|Czech|Chinese|Japanese|Korean|Spanish|Italian|Portuguese|Arabic|Turkish|Finnish|Estonian|Latvian|Lithuanian|Hindi|Vietnamese|En|De|Fr|Ro|Ru|Cs|Zh|Ja|Es)";
const BENCH_VARIANT = new RegExp(
  `^(?:[- ](?:Verified|Lite|Pro|Hard|Easy|Mini|Plus|Full|Live|Diamond|Challenge|Redux|Extended|Multimodal|Mistake|Long|Short|(?:19|20)\\d\\d|v\\d+(?:\\.\\d+)?|\\d+\\.\\d+|\\d+[kK])(?![\\p{L}\\d]))+(?: ${LANGUAGE}(?:[-–→/]| to )${LANGUAGE}(?![\\p{L}]))?|^ ${LANGUAGE}(?:[-–→/]| to )${LANGUAGE}(?![\\p{L}])`,
  "u",
);

/** A hyphenated capitalised part after a benchmark name: `-Stuff`, `-Med`, `-R` (not `-based`). */
const DERIVED_PART = /^-(?:\p{Lu}[\p{L}\d]*|\d+\p{Lu}[\p{L}\d]*)(?![\p{L}\d-])/u;

/** Glued to the previous token (`xGSM8K`), so a match cannot start here. */
function gluedBefore(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  const cur = tokens[i]!;
  if (prev === undefined || cur.spaceBefore) return false;
  if (prev.kind !== "punct") return true;
  // `cross-modal retrieval` must not yield `modal retrieval`
  const before = tokens[i - 2];
  return isSeparator(prev) && before !== undefined && !prev.spaceBefore && before.kind !== "punct";
}

/** A model name glued to a hyphenated prefix (`Sec-Gemini`) starts at the prefix. */
function hyphenPrefixStart(text: string, start: number): number {
  if (text[start - 1] !== "-") return start;
  const m = /[\p{L}][\p{L}\d]*$/u.exec(text.slice(Math.max(0, start - 21), start - 1));
  if (!m || /[\p{L}\p{N}-]/u.test(text[start - 2 - m[0].length] ?? "")) return start;
  return start - 1 - m[0].length;
}

/** Glued to the next token, so a match cannot end here. */
export function gluedAfter(text: string, end: number): boolean {
  return /[\p{L}\p{N}]/u.test(text[end] ?? "");
}

function exactText(tokens: readonly Token[], m: TrieMatch<LexiconHit>): string {
  let s = "";
  for (let i = m.from; i < m.to; i++) if (!isSeparator(tokens[i]!)) s += tokens[i]!.text;
  return s;
}

/** Every lexicon name in the field: longest match per start, word-bounded, case-checked. */
export function findLexiconHits(f: PreparedField, lex: Lexicons): Candidate[] {
  const out: Candidate[] = [];
  const { tokens, text } = f;
  // built once per field, not per token
  const isModelPrefix = (m: TrieMatch<LexiconHit>) => m.values.some((v) => v.entry.type === "model");
  const accept = (m: TrieMatch<LexiconHit>) => {
    const end = tokens[m.to - 1]!.end;
    if (gluedAfter(text, end) && !isModelPrefix(m)) return false;
    const exact = exactText(tokens, m);
    return m.values.some(
      (v) =>
        v.exact === null || v.exact === exact || lowerVersioned(v, exact, text, tokens[m.from]!.start, end),
    );
  };
  // a model name that needs a cue (`o1`, `Falcon`) counts as cued in a sentence that names another
  // model the lexicon knows without one (`o1-mini and o1`, `GPT-4 and Falcon`): decided at the end
  const waiting: { c: Candidate; sentence: number }[] = [];
  const modelSentences = new Set<number>();
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (t.kind === "punct" || (gluedBefore(tokens, i) && !hyphenGluedModel(tokens, i, lex))) {
      i++;
      continue;
    }
    const m = lex.trie.longestAt(tokens, i, accept);
    if (!m) {
      i++;
      continue;
    }
    const exact = exactText(tokens, m);
    const hit = m.values.find(
      (v) =>
        v.exact === null ||
        v.exact === exact ||
        lowerVersioned(v, exact, text, tokens[m.from]!.start, tokens[m.to - 1]!.end),
    )!;
    const { entry } = hit;
    let start = tokens[m.from]!.start;
    let end = tokens[m.to - 1]!.end;
    const sentence = f.sentenceOf[m.from]!;
    if (entry.type !== "model" && gluedBefore(tokens, m.from)) {
      i++;
      continue;
    }
    if (entry.type === "model") {
      start = hyphenPrefixStart(text, start);
      const ext = extendModelName(text, end, lex, entry.versionSep === " ", !entry.needsCue);
      // `Sonnet 4.5` is a model, `Sonnet` alone a poem's form
      if (gluedAfter(text, ext.end) || (entry.needsVersion && ext.version === null)) {
        i++;
        continue;
      }
      const waits = entry.needsCue && !ext.shaped && !hasCue(f, sentence, lex.cues.model);
      // `a Mamba-based module`: an ambiguous name that only describes something else stays out
      if (waits && /^-(?:based|like|style|inspired)\b/.test(text.slice(ext.end, ext.end + 10))) {
        i = m.to;
        continue;
      }
      // `DINO score`, `SlowFast sampling`: a bare model name before a measure or procedure noun
      // modifies it; the model itself is not named
      if (
        !ext.shaped &&
        ext.end === end &&
        start === tokens[m.from]!.start &&
        isMeasureAfter(text, end, lex)
      ) {
        i = m.to;
        continue;
      }
      // `GPT-Balance score`: a worded variant before a measure noun names the measure
      if (ext.worded && isMeasureAfter(text, ext.end, lex)) {
        i = m.to;
        continue;
      }
      end = ext.end;
      const surface = text.slice(start, end);
      const familyName = ext.version ? `${entry.name}${ext.versionSep}${ext.version}` : entry.name;
      const isVariant = end > tokens[m.to - 1]!.end || start < tokens[m.from]!.start;
      const c = candidateAt(f.field, start, end, {
        type: "model",
        name: isVariant ? surface : entry.name,
        key: isVariant ? slugKey(surface) : entry.key,
        // `Qwen-Image` names a variant, but `SAM-Sode` may be a paper's own method: not a lexicon rule,
        // so that a proposal types it
        rule: !isVariant ? "lexicon" : ext.worded && !ext.shaped ? "model-variant" : "lexicon+model-shape",
        confidence: 0.95,
        priority: PRIORITY.lexicon,
        family: !isVariant ? null : slugKey(familyName) === slugKey(surface) ? entry.name : familyName,
      });
      if (waits) {
        waiting.push({ c, sentence });
        i = m.to;
        continue;
      }
      out.push(c);
      if (!entry.needsCue) modelSentences.add(sentence);
      while (i < tokens.length && tokens[i]!.start < end) i++;
      continue;
    }
    // an architecture with a size or variant (`ViT-H/14`, `U-Net-L`) names a pretrained model
    if (entry.type === "method" && /^[\p{Lu}\d]/u.test(text.slice(start, end)) && text[end] === "-") {
      const ext = extendModelName(text, end, lex, false, false);
      if (
        ext.shaped &&
        !gluedAfter(text, ext.end) &&
        isArchitectureSize(text.slice(start, end), text.slice(end, ext.end))
      ) {
        const surface = text.slice(start, ext.end);
        out.push(
          candidateAt(f.field, start, ext.end, {
            type: "model",
            name: surface,
            rule: "lexicon+model-shape",
            confidence: 0.9,
            priority: PRIORITY.lexicon,
            family: text.slice(start, end),
          }),
        );
        while (i < tokens.length && tokens[i]!.start < ext.end) i++;
        continue;
      }
    }
    if (entry.needsCue && entry.type !== "concept" && entry.type !== "task") {
      const cues = lex.cues[entry.type as "benchmark" | "method"];
      if (!hasCue(f, sentence, cues)) {
        i = m.to;
        continue;
      }
    }
    if (entry.type === "benchmark") {
      // `MMLU-Pro` is a variant; `COCO-Stuff`, `VQA-Med`: another capitalised part glued by a
      // hyphen names a benchmark derived from it (`VQA-Med 2019`)
      const variant = BENCH_VARIANT.exec(text.slice(end, end + 24));
      const derived = variant ? null : DERIVED_PART.exec(text.slice(end, end + 24));
      const at =
        derived &&
        !gluedAfter(text, end + derived[0].length) &&
        !/^-\p{Lu}\p{Ll}+(?:ed|ing)$/u.test(derived[0])
          ? end + derived[0].length
          : end;
      const ext = at > end ? BENCH_VARIANT.exec(text.slice(at, at + 24)) : variant;
      const stop = ext && !gluedAfter(text, at + ext[0].length) ? at + ext[0].length : at;
      if (stop > end) {
        const surface = text.slice(start, stop);
        out.push(
          candidateAt(f.field, start, stop, {
            type: "benchmark",
            name: surface,
            // a derived name is not the lexicon's: a paper proposing `MARS-GPS` owns it
            rule: at > end ? "derived-name" : "lexicon+variant",
            confidence: 0.93,
            priority: PRIORITY.lexicon,
            family: entry.name,
          }),
        );
        i = m.to;
        continue;
      }
    }
    // a one-word known concept inside a longer noun phrase (`memory footprint`, `bidirectional
    // attention`) is part of that phrase: the term chunker and the corpus decide about it
    if (entry.type === "concept" && m.to - m.from === 1 && insidePhrase(f, m.from, lex)) {
      i = m.to;
      continue;
    }
    out.push(
      candidateAt(f.field, start, end, {
        type: entry.type,
        name: entry.name,
        key: entry.key,
        rule: hit.rule,
        confidence: entry.type === "concept" || entry.type === "task" ? 0.85 : 0.95,
        priority:
          entry.type === "task"
            ? PRIORITY.task
            : entry.type === "concept"
              ? PRIORITY.lexiconConcept
              : PRIORITY.lexicon,
      }),
    );
    i = m.to;
  }
  for (const w of waiting) if (modelSentences.has(w.sentence)) out.push(w.c);
  return out;
}

/**
 * `ViT-L`, `ViT-Small`, `U-Net-L`: an architecture's size names a pretrained model; a letter after an
 * all-capitals technique is its own variant (`GRPO-S`, `RNN-T`, `L-BFGS-B`), and `-Instruct` a procedure.
 */
function isArchitectureSize(name: string, suffix: string): boolean {
  if (/\d/.test(suffix)) return true;
  if (/^-[BLHSTG]$/.test(suffix)) return /\p{Ll}/u.test(name);
  return /^-(?:Tiny|Small|Base|Medium|Large|Huge|Giant|XL|XXL)$/.test(suffix);
}

/**
 * `gpt-4o`, `qwen3-8b`, `phi-4`: a model name that must match its case (`GPT`) written all in lower
 * case, as model hubs and APIs spell it, is the model when a version is glued to it (not an
 * ambiguous name, `seed-1`, nor a part of a longer hub id).
 */
function lowerVersioned(v: LexiconHit, exact: string, text: string, start: number, end: number): boolean {
  return (
    v.entry.type === "model" &&
    !v.entry.needsCue &&
    v.exact !== null &&
    // `cogito-v1-preview-qwen-32B`, `user/qwen2-1.5B`: inside a longer hub id
    !/[-/_.]/.test(text[start - 1] ?? "") &&
    v.exact.length >= 3 &&
    exact === v.exact.toLowerCase() &&
    /^-?\d/.test(text.slice(end, end + 2))
  );
}

/** The word at `i` continues a noun before it or is continued by a noun after it. */
function insidePhrase(f: PreparedField, i: number, lex: Lexicons): boolean {
  const { tokens } = f;
  const plainWord = (j: number) => {
    const t = tokens[j];
    return (
      t !== undefined && t.kind === "letters" && t.text === t.norm && f.sentenceOf[j] === f.sentenceOf[i]
    );
  };
  const next = tokens[i + 1];
  if (next?.spaceBefore && plainWord(i + 1)) {
    const cls = classifyWord(next.norm, lex);
    if ((cls === "N" || cls === "G") && !WEAK_HEADS.has(singularize(next.norm))) return true;
  }
  const prev = tokens[i - 1];
  if (tokens[i]!.spaceBefore && prev && plainWord(i - 1)) {
    const cls = classifyWord(prev.norm, lex);
    if (cls === "N" || cls === "J") return true;
  }
  return false;
}

/** The word after `end` (past one space) is a measure noun: `DINO score`, `CLIP similarity`. */
function isMeasureAfter(text: string, end: number, lex: Lexicons): boolean {
  const next = /^ (\p{L}\p{Ll}+)(?![\p{L}\d-])/u.exec(text.slice(end, end + 24));
  return next !== null && lex.measureNouns.has(next[1]!.toLowerCase());
}

/** `Sec-Gemini`: a model family right after `Word-` may start a longer model name. */
function hyphenGluedModel(tokens: readonly Token[], i: number, lex: Lexicons): boolean {
  const prev = tokens[i - 1];
  if (prev?.text !== "-" || tokens[i]!.spaceBefore) return false;
  const m = lex.trie.longestAt(tokens, i);
  return m?.values.some((v) => v.entry.type === "model") === true;
}

function hasCue(f: PreparedField, sentence: number, cues: Set<string>): boolean {
  const words = f.wordsOf(sentence);
  for (const w of words) if (cues.has(w)) return true;
  return false;
}
