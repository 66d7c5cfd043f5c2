import { lookupExact } from "./acronymCandidates.ts";
import { anchoredMatches } from "./anchoredMatches.ts";
import { type Candidate, candidateAt, PRIORITY } from "./Candidate.ts";
import { NUMBERED_PART } from "./extendBenchmarkNames.ts";
import { isNameLike } from "./isNameLike.ts";
import type { Lexicons } from "./loadLexicons.ts";
import { type PreparedField, sentenceIndexAt } from "./prepareField.ts";

const WORD = String.raw`[\p{L}\d](?:[\p{L}\d.+\-/!]*[\p{L}\d+!])?`;
const ITEM = String.raw`${WORD}(?: (?:\p{Lu}[\p{L}\d.+\-]*|\d+(?:\.\d+)?)){0,2}`;
const SEP = String.raw`(?:,\s*|\s+and\s+|,\s*and\s+|\s+or\s+|\s*/\s*)`;
/** `on X`, `on X, Y and Z`, `benchmarks such as X, Y`, `datasets, namely X and Y` */
const LIST_CUE = new RegExp(
  String.raw`(?<![\p{L}\d])(on|across|over|such as|including|namely|e\.g\.,?|like)\s+(?:the\s+)?(?:(?:challenging|popular|standard|widely[- ]used|public|several|multiple|two|three|four|five|six|seven|eight|nine|ten)\s+)?(${ITEM}(?:${SEP}${ITEM}){0,9})`,
  "gu",
);
const ITEM_RE = new RegExp(ITEM, "gu");
/** `X benchmark`, `the Cityscapes dataset`, `PASCAL VOC 2012 dataset` */
const HEAD_CUE =
  /(?<![\p{L}\d.+-])((?:[\p{L}\d](?:[\p{L}\d.+-]*[\p{L}\d+])? ){0,2}[\p{L}\d][\p{L}\d.+-]*) (?:benchmark|dataset|suite|corpus|leaderboard|testbed|environment|challenge|data set)s?(?![\p{L}\d])/gu;
/** Every HEAD_CUE match holds one of these after at most two of its spaces: tried only near them. */
const HEAD_ANCHOR = / (?:benchmark|dataset|suite|corpus|leaderboard|testbed|environment|challenge|data set)/g;
/** `the Natural Scenes Dataset`, `Waymo Open Dataset`: capitalised words before a capitalised head name a benchmark. */
const CAPITAL_HEAD =
  /(?<![\p{L}\d-])((?:\p{Lu}[\p{L}\d'+.-]*\s+){1,4})(Dataset|Benchmark|Suite|Corpus|Challenge|Arena|Leaderboard|Testbed|Bench)(?![\p{L}\d-])/gu;
const BENCH_BEFORE =
  /(?:benchmarks?|datasets?|suites?|corpora|environments?|testbeds?|tasks?)[\s,:(-]*(?:\(|,)?\s*$/i;
const BENCH_AFTER = /^\s*(?:benchmarks?|datasets?|suites?|and\b[^.]{0,40}\b(?:benchmarks?|datasets?))/i;
/** `three benchmarks (Lap14, Rest14, MAMS)`, `two out-of-domain datasets (QUEST and WebQuestionsSP)` */
const PAREN_LIST = new RegExp(
  String.raw`\((?:e\.g\.,?\s*|i\.e\.,?\s*|namely\s+|including\s+)?(${ITEM}(?:${SEP}${ITEM}){0,9})\)`,
  "uy",
);
/** The dataset word a parenthesised list follows. */
const PAREN_HEAD = /(?<![\p{L}])(?:benchmarks?|datasets?|suites?|corpora|corpus|testbeds?|data sets?)\s*$/u;
/** Plural dataset words: where `the FashionIQ and CIRR datasets` ends (found by `indexOf`). */
const PLURAL_HEADS = [" benchmarks", " datasets", " corpora", " suites", " data sets"];
/** The list that ends right before a plural dataset word (matched in a short window before it). */
const LIST_BEFORE = new RegExp(String.raw`(?<![\p{L}\d])(${ITEM}(?:${SEP}${ITEM}){1,9})$`, "u");
/** `across ROUGE and BERTScore metrics`: a list of metrics, not of benchmarks. */
const METRIC_AFTER = /^\s*(?:metrics?|scores?|measures?)\b/i;
const COMPARED_BEFORE =
  /(?:improvements?|gains?|gained|advantages?|speedups?|superiority|outperforms?|outperforming|better|improves?|improving)(?:\s+(?:by\s+)?(?:up to\s+)?[\d.,]+\s*(?:%|x|×|points?|pp)?)?\s+$/i;
const MODEL_AFTER = /^\s*(?:models?|backbones?|LLMs|VLMs|MLLMs|checkpoints|encoders|architectures)\b/;
const HARDWARE = /^(?:[AHVBLT]\d{2,3}|RTX[\d-]*|GPUs?|TPUs?|CPUs?)$/;

/** Benchmarks named by context: after `on`/`such as`, or before `benchmark`/`dataset`. */
export function findBenchmarkCues(f: PreparedField, lex: Lexicons): Candidate[] {
  const out: Candidate[] = [];
  const { text } = f;
  if (f.field === "abstract") {
    LIST_CUE.lastIndex = 0;
    for (let m = LIST_CUE.exec(text); m !== null; m = LIST_CUE.exec(text)) {
      const cue = m[1]!;
      const list = m[2]!;
      const listStart = m.index + m[0].length - list.length;
      const on = cue === "on" || cue === "across" || cue === "over";
      const before = text.slice(Math.max(0, m.index - 40), m.index);
      const after = text.slice(listStart + list.length, listStart + list.length + 60);
      if (!on && !BENCH_BEFORE.test(before)) continue;
      // `a 6% improvement over RL4VLM`: what a comparison is made over is a system
      if (cue === "over" && COMPARED_BEFORE.test(before)) continue;
      const named = on ? BENCH_AFTER.test(after) || BENCH_BEFORE.test(before) : true;
      const evaluative = lex.cues.benchmark;
      const words = f.wordsOf(sentenceIndexAt(f, m.index));
      const sentenceCue = [...words].some((w) => w !== "on" && evaluative.has(w));
      // `on DINO, SigLIPv2 and AugReg models`: models listed, not benchmarks
      if (METRIC_AFTER.test(after) || MODEL_AFTER.test(after)) continue;
      const items = listItems(list, listStart, lex);
      // `experiments on LlamaZorp, Open-KESTREL2 and QUAR`: a list no dataset word names that holds
      // a model lists models, not benchmarks (`benchmarks, including … Minerva` stays a benchmark list)
      if (!named && items.length > 1 && items.some((it) => isModelLike(it.name, lex))) continue;
      const strong = items.some((it) => isNameLike(it.name.split(" ")[0]!, lex));
      for (const it of items) {
        const first = it.name.split(" ")[0]!;
        if (HARDWARE.test(first) || lex.determiners.has(first.toLowerCase())) continue;
        // `vanilla-GRPO`, `Llama-based`: a known method or model inside the name is not a benchmark
        if (it.name.split("-").some((part) => isOtherKnown(part, lex))) continue;
        if (!isNameLike(first, lex, named || strong) || isDescriptionWord(it.name)) continue;
        // a bare short acronym after `on` (`on EMT data`) needs an evaluation word in the sentence
        if (on && !named && /^\p{Lu}{2,4}$/u.test(it.name) && !sentenceCue) continue;
        out.push(make(f, it.name, it.start, named ? 0.8 : 0.7));
      }
      LIST_CUE.lastIndex = Math.max(LIST_CUE.lastIndex, m.index + 1);
    }
  }
  if (f.field === "abstract") {
    // each parenthesis after a dataset word, then the list inside it (cheaper than one regex run
    // over the whole abstract)
    for (let at = text.indexOf("("); at !== -1; at = text.indexOf("(", at + 1)) {
      if (!PAREN_HEAD.test(text.slice(Math.max(0, at - 14), at))) continue;
      PAREN_LIST.lastIndex = at;
      const m = PAREN_LIST.exec(text);
      if (!m) continue;
      const list = m[1]!;
      const listStart = m.index + m[0].length - 1 - list.length;
      const items = listItems(list, listStart, lex);
      // `a new dataset (ABC)` after its long form is an acronym definition, read elsewhere
      if (
        items.length === 1 &&
        isInitialsOfWordsBefore(items[0]!.name, text.slice(Math.max(0, m.index - 120), m.index))
      )
        continue;
      // a plain capitalised word (`Shanghai`) counts in a list that holds a coined name
      const strong = items.length > 1 && items.some((it) => isNameLike(it.name.split(" ")[0]!, lex));
      for (const it of items) {
        const first = it.name.split(" ")[0]!;
        if (HARDWARE.test(first) || !isNameLike(first, lex, strong) || isDescriptionWord(it.name)) continue;
        if (it.name.split("-").some((part) => isOtherKnown(part, lex))) continue;
        out.push(make(f, it.name, it.start, 0.8));
      }
    }
    // the plural word first, then the list in the 200 characters before it: a regex run at every
    // word of the abstract would cost far more
    for (const head of PLURAL_HEADS)
      for (let at = text.indexOf(head); at !== -1; at = text.indexOf(head, at + 1)) {
        if (/[\p{L}\d]/u.test(text[at + head.length] ?? "")) continue;
        listBeforePlural(f, text, at, lex, out);
      }
  }
  if (f.field === "abstract") {
    CAPITAL_HEAD.lastIndex = 0;
    for (let m = CAPITAL_HEAD.exec(text); m !== null; m = CAPITAL_HEAD.exec(text)) {
      const words = m[1]!.trim().split(/\s+/);
      while (words.length > 0 && lex.determiners.has(words[0]!.toLowerCase())) words.shift();
      // `A New Benchmark`: a name needs a word that is not generic or evaluative
      const specific = words.some((w) => {
        const lw = w.toLowerCase();
        return !lex.generic.has(lw) && !lex.adjectives.has(lw) && !lex.determiners.has(lw);
      });
      if (words.length === 0 || !specific) continue;
      const name = `${words.join(" ")} ${m[2]!}`;
      const start = m.index + m[0].lastIndexOf(name.split(" ")[0]!, m[1]!.length);
      if (text.slice(start, start + name.length) !== name) continue;
      // `the … Evaluation Benchmark (VCapsBench)`: one benchmark, named by the short form
      const short = /^\s*\(([^\s(),;]{2,40})\)/u.exec(
        text.slice(start + name.length, start + name.length + 44),
      );
      if (short && isNameLike(short[1]!, lex)) {
        const at = start + name.length + short[0].indexOf(short[1]!);
        out.push({ ...make(f, short[1]!, start, 0.8), end: start + name.length, aliases: [name] });
        out.push({ ...make(f, short[1]!, at, 0.8), aliases: [name] });
      } else out.push(make(f, name, start, 0.8));
    }
  }
  for (const m of anchoredMatches(HEAD_CUE, HEAD_ANCHOR, 2, text)) {
    const words = m[1]!.split(" ");
    const before = text.slice(Math.max(0, m.index - 6), m.index).toLowerCase();
    const titleOk = /(?:the|on|of|and|,) $/.test(before) && f.field === "abstract";
    let k = words.length;
    // `the CIFAR 2 datasets` counts; `the TED-LIUM Release 2 dataset` names a release
    if (k > 1 && /^\d+(?:\.\d+)?$/.test(words[k - 1]!) && !NUMBERED_PART.test(words[k - 2]!)) k--;
    let first = k;
    while (first > 0) {
      const w = words[first - 1]!;
      if (lex.determiners.has(w.toLowerCase()) || !isNameLike(w, lex, titleOk && first === k)) break;
      first--;
    }
    if (first === k) continue;
    const name = words.slice(first).join(" ");
    if (HARDWARE.test(name) || isDescriptionWord(name)) continue;
    // `large-scale RGBD datasets`, `FER datasets`: a lone short acronym before a plural head names
    // a kind of data, not one dataset (`MEAD and HDTF datasets` is a list, `the dHCP dataset` one)
    const plural = /s$/.test(m[0]) && !/data set$/.test(m[0]);
    const wordBefore = text.slice(
      Math.max(0, m.index + m[1]!.length - name.length - 12),
      m.index + m[1]!.length - name.length,
    );
    if (
      plural &&
      /^\p{Lu}{2,4}$/u.test(name) &&
      !/(?:\b(?:and|or|the)|,|\p{Lu}[\p{L}\d-]*) $/u.test(wordBefore)
    )
      continue;
    const offset = m[1]!.length - name.length;
    out.push(make(f, name, m.index + offset, 0.8));
  }
  return out;
}

/**
 * Words a list of benchmarks holds that describe data rather than name it: `text-to-SQL` (a
 * task), `AI-generated`, `GNSS-denied`, `non-English`, and abbreviations such as `U.S`.
 */
function isDescriptionWord(name: string): boolean {
  return (
    /^[\p{L}\d]+-to-[\p{L}\d]+$/iu.test(name) ||
    /-(?:generated|edited|acquired|denied|only|based|guided|driven|aware|free|like|style|specific|level|scale)$/i.test(
      name,
    ) ||
    // `LLM-simulated`, `human-annotated`: a participle after a hyphen describes how data was made
    /-\p{Ll}{3,}ed$/u.test(name) ||
    /^non-/i.test(name) ||
    // `Chest X-ray--demonstrate`: a dash of prose; `3.8M-pair`: a size
    /--\p{Ll}/u.test(name) ||
    /^\d+(?:\.\d+)?[kKmMbB]?-\p{Ll}/u.test(name) ||
    /^(?:\p{Lu}\.)+\p{Lu}?$/u.test(name)
  );
}

/**
 * The items of a list a cue opens: `, and FIZZAR` loses the separator's `and` (read as the item's
 * first word), `SSID. The` ends at the sentence, and the list ends at a plain lowercase word run
 * into a name (`on average, including X`: what follows is no longer the cue's list); a version
 * (`V2`) is no item.
 */
function listItems(list: string, listStart: number, lex: Lexicons): { name: string; start: number }[] {
  const items: { name: string; start: number }[] = [];
  ITEM_RE.lastIndex = 0;
  for (let it = ITEM_RE.exec(list); it !== null; it = ITEM_RE.exec(list)) {
    const lead = it[0].startsWith("and ") ? 4 : it[0].startsWith("or ") ? 3 : 0;
    const stop = it[0].indexOf(". ");
    const name = it[0].slice(lead, stop > lead ? stop : undefined).replace(/[.\-/]+$/, "");
    if (name === "and" || name === "or" || name.length < 2) continue;
    // `average, including HippoRAG`: a plain word run into a name, no separator between them
    const first = name.split(" ")[0]!;
    if (/^\p{Ll}+$/u.test(first) && !lex.determiners.has(first) && name !== first) break;
    if (/^[Vv]\d+(?:\.\d+)?$/.test(name)) continue;
    items.push({ name, start: listStart + it.index + lead });
    if (stop > lead) break;
  }
  return items;
}

/**
 * The list that ends right before the plural dataset word at `at`: its members but the last (the
 * `X datasets` cue reads that one), from the 200 characters before it.
 */
function listBeforePlural(f: PreparedField, text: string, at: number, lex: Lexicons, out: Candidate[]): void {
  // the last member must look like a name (`several datasets` lists nothing): a cheap test before
  // the list regex, which tries every word of the window
  const last = /[\p{L}\d][\p{L}\d.+\-/!]*$/u.exec(text.slice(Math.max(0, at - 40), at));
  if (!last || !/[\p{Lu}\d]/u.test(last[0])) return;
  const from = Math.max(0, at - 200);
  const m = LIST_BEFORE.exec(text.slice(from, at));
  if (!m) return;
  // `the ZorpIQ and KIRR datasets`: the match may open with words before the first name
  const items = listItems(m[1]!, from + m.index, lex).map((it) => {
    const lead = /^(?:\p{Ll}+ )+/u.exec(it.name)?.[0].length ?? 0;
    return { name: it.name.slice(lead), start: it.start + lead };
  });
  if (items.length < 2) return;
  const strong = items.some((it) => isNameLike(it.name.split(" ")[0]!, lex));
  for (const it of items.slice(0, -1)) {
    const first = it.name.split(" ")[0]!;
    if (!strong || HARDWARE.test(first) || !isNameLike(first, lex, true) || isDescriptionWord(it.name))
      continue;
    if (it.name.split("-").some((part) => isOtherKnown(part, lex))) continue;
    out.push(make(f, it.name, it.start, 0.8));
  }
}

/** `Visual Relation Dataset (VRD)`: the item's letters are the initials of the words before it. */
function isInitialsOfWordsBefore(item: string, before: string): boolean {
  const letters = item.replace(/[^\p{L}]/gu, "").toLowerCase();
  if (letters.length < 2) return false;
  const words = (before.match(/[\p{L}\d]+/gu) ?? []).slice(-8);
  let k = 0;
  for (const w of words) if (k < letters.length && w[0]!.toLowerCase() === letters[k]) k++;
  return k === letters.length;
}

/**
 * A name shaped as a model: one with a size in billions (`Zorp-7B`) or one a known model family
 * opens with a coined capital or digit part (`LlamaZorp`, `Qwen-Zorp`). A known model itself is
 * not enough (`RT-1` is also a robot dataset).
 */
function isModelLike(name: string, lex: Lexicons): boolean {
  if (/-\d+(?:\.\d+)?B(?:-|$)/.test(name)) return true;
  if (lookupExact(name, lex, true) !== null) return false;
  const family = /^(\p{Lu}\p{L}{3,}?)(?=-?[\p{Lu}\d])/u.exec(name);
  if (family === null) return false;
  const e = lookupExact(family[1]!, lex, true);
  return e !== null && e.type === "model";
}

function isOtherKnown(part: string, lex: Lexicons): boolean {
  const e = part.length > 1 ? lookupExact(part, lex) : null;
  return e !== null && e.type !== "benchmark";
}

function make(f: PreparedField, name: string, start: number, confidence: number): Candidate {
  return candidateAt(f.field, start, start + name.length, {
    type: "benchmark",
    name,
    rule: "benchmark-cue",
    confidence,
    priority: PRIORITY.benchmarkCue,
  });
}
