import type { EntityType } from "@paperkg/core";
import { type Candidate, candidateAt, PRIORITY } from "./Candidate.ts";
import type { AcronymDefinition } from "./findAcronymDefinitions.ts";
import { classifyWord } from "./findTermChunks.ts";
import headsJson from "./lexicons/heads.json" with { type: "json" };
import type { LexiconEntry, Lexicons } from "./loadLexicons.ts";
import { longFormKey, longFormPhrase } from "./longFormKey.ts";
import type { FieldName } from "./prepareField.ts";
import { singularize, singularizePhrase } from "./singularize.ts";
import { tokenize } from "./tokenize.ts";

const BENCH_HEADS = new Set(headsJson.benchmark);
const METHOD_HEADS = new Set(headsJson.method);

/** The lexicon entry whose alias is exactly `phrase`, if any. */
export function lookupExact(phrase: string, lex: Lexicons, caseSensitive = false): LexiconEntry | null {
  const tokens = tokenize(phrase);
  const m = lex.trie.longestAt(tokens, 0);
  if (!m || m.to !== tokens.length) return null;
  const compact = phrase.replace(/[\s\-_‐‑–]+/g, "");
  const same = (alias: string) => alias.replace(/[\s\-_‐‑–]+/g, "") === compact;
  const hit = m.values.find((v) => (caseSensitive ? same(v.alias) : v.exact === null || v.exact === compact));
  return hit ? hit.entry : null;
}

/**
 * A lexicon entry for the short form counts only when one of its aliases spells the long form's
 * initials and ends in its last word.
 */
function shortFormEntry(short: string, long: string, lex: Lexicons): LexiconEntry | null {
  const entry = lookupExact(short, lex, true);
  if (!entry) return null;
  const initials = (s: string) =>
    s
      .toLowerCase()
      .split(/[\s-]+/)
      .map((w) => w[0] ?? "")
      .join("");
  const want = initials(long);
  // and ends in the same word (`fault localization (FL)` is not `federated learning`)
  const last = (s: string) =>
    singularize(
      (
        s
          .toLowerCase()
          .replace(/[^\p{L}\p{N}]+$/u, "")
          .split(/[\s-]+/)
          .pop() ?? ""
      ).replace(/'s?$/, ""),
    );
  const head = last(long);
  return entry.aliases.some(
    (a) => a.split(/\s+/).length > 1 && initials(a) === want && sameWord(last(a), head),
  )
    ? entry
    : null;
}

/**
 * Two forms of one word: equal, or sharing their first five letters or more (`adaptation` and
 * `adapters`, `finetuning` and `finetuned`), not `learning` and `localization`; a thing is not the
 * activity its `-ing` form names (`multimodal language models (MLMs)` are no masked language
 * modeling, `Question-Answer (QA)` pairs no question answering).
 */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const activity = (thing: string, act: string) =>
    act === `${thing}ing` || act === `${thing}${thing.at(-1)}ing`;
  if (activity(a, b) || activity(b, a)) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i >= 5;
}

/**
 * Turns `long form (ACR)` into two candidate spans of one entity: a known name takes its lexicon
 * type; otherwise the long form's head word decides (…Optimization → method, …Benchmark →
 * benchmark, …Recognition → task, anything else → concept).
 */
export function acronymCandidates(defs: AcronymDefinition[], field: FieldName, lex: Lexicons): Candidate[] {
  const out: Candidate[] = [];
  for (const d of defs) {
    const short = d.short.replace(/(?<=\p{Lu})s$/u, "");
    const known = knownEntry(d, short, lex);
    let type: EntityType;
    let name: string;
    let alias: string;
    if (known) {
      type = known.type;
      name = known.name;
      alias = d.long;
    } else {
      const words = d.long.toLowerCase().split(/[\s]+/);
      const head = singularize(words[words.length - 1]!.replace(/^.*-/, (p) => (p.length > 1 ? "" : p)));
      const lastWord = singularize(words[words.length - 1]!);
      const named = NAMED_METHOD.test(d.long);
      // `ReVISE`, `LaSeR`: a camel-case short form names a method, unless the long form is a task
      const camel = /\p{Ll}/u.test(short.slice(1)) && /\p{Lu}.*\p{Lu}/u.test(short);
      const taskLike =
        words.length >= 2 &&
        (lex.taskHeads.has(lastWord) || lex.taskHeads.has(head)) &&
        !METHOD_ONLY.test(d.long);
      if (d.long.toLowerCase().startsWith("self-") && !named && !camel) type = "concept";
      else if (named) type = BENCH_HEADS.has(lastWord) ? "benchmark" : "method";
      // `Geospatial Foundation Model (GFM)`: a kind of model named by what it is for
      else if (/(?:language|foundation) models?$/i.test(d.long)) type = "concept";
      // `Vision Foundation Models (VFMs)`, `Large Reasoning Models (LRMs)`: a plural kind of model
      else if (/\bmodels$/i.test(d.long) && /\p{Lu}s$/u.test(d.short)) type = "concept";
      else if (taskLike) type = "task";
      else if (camel) type = BENCH_HEADS.has(lastWord) ? "benchmark" : "method";
      else if (BENCH_HEADS.has(lastWord) || BENCH_HEADS.has(head)) type = "benchmark";
      else if (isParadigm(words, lastWord, lex)) type = "concept";
      else if (METHOD_HEADS.has(lastWord) || METHOD_HEADS.has(head)) type = "method";
      else type = "concept";
      if (type === "concept" && words.every((w) => lex.generic.has(singularize(w)) || lex.determiners.has(w)))
        continue;
      if (lex.genericAcronyms.has(short) && type !== "task" && type !== "concept") type = "concept";
      const longName = singularizePhrase(d.long.toLowerCase());
      // a short form that is a lexicon name with another meaning (`block compression (BC)`, not
      // behavior cloning) is named with its own long form: it never joins the lexicon's entity
      const ownName =
        lookupExact(d.short, lex, true) !== null || lookupExact(short, lex, true) !== null
          ? `${short} (${longFormPhrase(d.long)})`
          : short;
      name = type === "task" || type === "concept" ? longName : ownName;
      alias = type === "task" || type === "concept" ? short : d.long;
    }
    const spec = { type, name, rule: "acronym", confidence: known ? 0.95 : 0.8, priority: PRIORITY.acronym };
    out.push(candidateAt(field, d.shortStart, d.shortEnd, { ...spec, aliases: [alias] }));
    out.push(candidateAt(field, d.longStart, d.longEnd, { ...spec, aliases: [d.short] }));
  }
  return out;
}

/** The lexicon entry a definition names: its long form's, or its short form's when the long form spells it. */
function knownEntry(d: AcronymDefinition, short: string, lex: Lexicons): LexiconEntry | null {
  return (
    lookupExact(d.long, lex) ??
    lookupExact(singularizePhrase(d.long), lex) ??
    shortFormEntry(d.short, d.long, lex) ??
    shortFormEntry(short, d.long, lex) ??
    sameMeaning(short, d.long, lex)
  );
}

/** The lexicon entry of the short form when one of its long aliases is a spelling of `long` (`behavioural cloning`). */
function sameMeaning(short: string, long: string, lex: Lexicons): LexiconEntry | null {
  const entry = lookupExact(short, lex, true);
  if (!entry) return null;
  const key = longFormKey(long);
  return entry.aliases.some((a) => /\s/.test(a) && longFormKey(a) === key) ? entry : null;
}

/**
 * The short forms a paper defines with another meaning than the lexicon's (`Standard Definition
 * (SD)`, where the lexicon's `SD` is Stable Diffusion): in that paper they are never the lexicon's.
 */
export function redefinedShorts(defs: AcronymDefinition[], lex: Lexicons): [short: string, long: string][] {
  const out: [string, string][] = [];
  for (const d of defs) {
    const short = d.short.replace(/(?<=\p{Lu})s$/u, "");
    if (lookupExact(short, lex, true) === null && lookupExact(d.short, lex, true) === null) continue;
    if (knownEntry(d, short, lex) === null) out.push([short, d.long]);
  }
  return out;
}

const METHOD_ONLY = /augmented generation$/i;
const PARADIGM_HEADS = new Set(headsJson.paradigm);

/**
 * `hyperparameter optimization`, `tree search`, `domain adaptation`: a paradigm or problem head after
 * one plain noun naming its object is a concept; a manner (`Bayesian optimization`, `beam search`)
 * or a longer name (`direct preference optimization`) keeps it a method.
 */
function isParadigm(words: readonly string[], lastWord: string, lex: Lexicons): boolean {
  if (words.length !== 2 || !PARADIGM_HEADS.has(lastWord)) return false;
  const w = words[0]!;
  return /^\p{Ll}+$/u.test(w) && classifyWord(w, lex) === "N";
}
/** Long forms with a preposition are names of methods (`Refine via Intrinsic Self-Verification`). */
const NAMED_METHOD = /\s(?:via|with|using|from|through|by|for)\s/i;
