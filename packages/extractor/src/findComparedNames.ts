import { lookupExact } from "./acronymCandidates.ts";
import { type Candidate, candidateAt, PRIORITY } from "./Candidate.ts";
import { hasDescribingSuffix } from "./hasDescribingSuffix.ts";
import { isNameLike } from "./isNameLike.ts";
import type { Lexicons } from "./loadLexicons.ts";
import type { PreparedField } from "./prepareField.ts";

const WORD = String.raw`[\p{L}\d](?:[\p{L}\d.+\-/]*[\p{L}\d+])?`;
/** One listed name, with a spaced version (`SecKnowledge 2.0`). */
const ITEM = String.raw`${WORD}(?: v?\d+(?:\.\d+)+)?`;
const SEP = String.raw`(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)`;
/**
 * Cues after which a paper lists other named systems: a kind noun with `such as` / `including`
 * (`LLMs such as X and Y`, `baselines including X`, `the existing state-of-the-art method X`) or a
 * comparison (`compared with X, Y and Z`, `outperforms X`, `surpassing X`).
 */
const CUE = new RegExp(
  String.raw`(?<![\p{L}])(?:(models|LLMs|VLMs|MLLMs|LVLMs|language models|backbones|methods|approaches|algorithms|techniques|baselines|architectures|frameworks|detectors|trackers|optimizers|solvers|systems)(?: \([^)]{1,20}\))?,? (?:such as|including|like|e\.g\.,?|namely|\(e\.g\.,?)|((?:previous|prior|existing|strong|competitive)(?: state-of-the-art)? (?:baselines|methods|approaches|baseline|method|approach)(?: such as| including| like|,)?))\s+(?:the\s+|strong\s+|state-of-the-art\s+|existing\s+|prior\s+|previous\s+){0,2}(?:(?:baseline|method|approach)\s+)?(${ITEM}(?:${SEP}${ITEM}){0,9})`,
  "gu",
);
/** A comparison: `compared with X, Y and Z`, `outperforms X`, `surpassing the state-of-the-art X`. */
const COMPARED = new RegExp(
  String.raw`(?<![\p{L}])(?:compared (?:to|with)|outperform(?:s|ing|ed)?|surpass(?:es|ing|ed)?)\s+(?:the\s+|strong\s+|state-of-the-art\s+|existing\s+|prior\s+|previous\s+){0,2}(?:(?:baseline|method|approach)\s+)?(${ITEM}(?:${SEP}${ITEM}){0,9})`,
  "gu",
);
/** `outperforming ensemble-without-LLM approaches`: a listed word before a kind noun modifies it. */
const KIND_AFTER =
  /^\s+(?:approach(?:es)?|methods?|baselines?|models?|systems?|techniques?|frameworks?|variants?)\b/;
/**
 * A list of three or more names after a kind noun and a colon: `four temporal models built on I3D
 * features: MS-TCN++, AsFormer, TUT, and DiffAct`.
 */
const COLON_LIST = new RegExp(
  String.raw`(?<![\p{L}])(models|LLMs|VLMs|MLLMs|LVLMs|language models|methods|approaches|algorithms|baselines|architectures|frameworks|detectors|trackers|optimizers|solvers)\b([^.:;()]{0,60}):\s+(${ITEM}(?:${SEP}${ITEM}){2,9})`,
  "gu",
);
/** `methods across three datasets: …`, `models trained on four corpora: …`: the list names data. */
const DATA_BEFORE_COLON =
  /\b(?:datasets?|benchmarks?|corpora|corpus|suites?|tasks?|domains?|languages?|environments?)\b/i;
const LLM_KINDS = /^(?:LLMs|VLMs|MLLMs|LVLMs|language models)$/;
const ITEM_RE = new RegExp(ITEM, "gu");
/** Plural acronyms and kinds of language model (`LDMs`, `LALM`) name kinds, not systems. */
const KIND_ACRONYM = /^\p{Lu}{2,}s$|^\p{Lu}*LMs?$/u;
const MODEL_KINDS = /^(?:models|LLMs|VLMs|MLLMs|LVLMs|language models|backbones)$/;

/**
 * Names a paper compares with or lists under a kind noun are other named systems: models after
 * `models such as …`, methods after `baselines …` / `compared with …` / `outperforms …`. Only
 * name-like words (inner capitals or digits, `isNameLike`) count, and a lexicon name keeps its
 * own type (its matcher has the higher priority).
 */
export function findComparedNames(f: PreparedField, lex: Lexicons): Candidate[] {
  const out: Candidate[] = [];
  if (f.field !== "abstract") return out;
  const { text } = f;
  const take = (list: string, listStart: number, type: "model" | "method", kindAfter = false) => {
    ITEM_RE.lastIndex = 0;
    for (let it = ITEM_RE.exec(list); it !== null; it = ITEM_RE.exec(list)) {
      const name = it[0].replace(/[.\-/]+$/, "");
      if (name === "and" || name === "or" || !isNameLike(name.split(" ")[0]!, lex)) continue;
      if (/^\d/.test(name) || lex.genericAcronyms.has(name) || KIND_ACRONYM.test(name)) continue;
      // `RNN-based baselines`, `GPT-style models`: a modifier made from a name, not the name
      if (hasDescribingSuffix(name, lex)) continue;
      if (kindAfter && KIND_AFTER.test(text.slice(listStart + it.index + name.length))) continue;
      // `Non-Role-Play`, `Zero-Shot`: capitalised English words joined, not a coined name
      if (/^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)+$/u.test(name)) continue;
      const known = lookupExact(name, lex);
      if (known && known.type !== type) continue;
      const start = listStart + it.index;
      out.push(
        candidateAt(f.field, start, start + name.length, {
          type,
          name,
          rule: "compared",
          confidence: 0.65,
          priority: PRIORITY.list,
        }),
      );
    }
  };
  CUE.lastIndex = 0;
  for (let m = CUE.exec(text); m !== null; m = CUE.exec(text)) {
    const kind = m[1];
    const list = m[3]!;
    take(list, m.index + m[0].length - list.length, kind && MODEL_KINDS.test(kind) ? "model" : "method");
    CUE.lastIndex = Math.max(CUE.lastIndex, m.index + 1);
  }
  // a separate pass, so that `outperforms strong baselines such as X` is read by both cues
  COMPARED.lastIndex = 0;
  for (let m = COMPARED.exec(text); m !== null; m = COMPARED.exec(text)) {
    const list = m[1]!;
    take(list, m.index + m[0].length - list.length, "method", true);
  }
  COLON_LIST.lastIndex = 0;
  for (let m = COLON_LIST.exec(text); m !== null; m = COLON_LIST.exec(text)) {
    if (DATA_BEFORE_COLON.test(m[2]!)) continue;
    const list = m[3]!;
    take(list, m.index + m[0].length - list.length, LLM_KINDS.test(m[1]!) ? "model" : "method", true);
  }
  return out;
}
