import type { EntityType } from "@paperkg/core";
import { ENGLISH_WORDS } from "./englishLexicon.ts";
import benchmarksJson from "./lexicons/benchmarks.json" with { type: "json" };
import benchmarksPwcJson from "./lexicons/benchmarks-pwc.json" with { type: "json" };
import conceptsJson from "./lexicons/concepts.json" with { type: "json" };
import cuesJson from "./lexicons/cues.json" with { type: "json" };
import genericJson from "./lexicons/generic.json" with { type: "json" };
import methodsJson from "./lexicons/methods.json" with { type: "json" };
import modelsJson from "./lexicons/models.json" with { type: "json" };
import tasksJson from "./lexicons/tasks.json" with { type: "json" };
import tasksPwcJson from "./lexicons/tasks-pwc.json" with { type: "json" };
import termsJson from "./lexicons/terms.json" with { type: "json" };
import { slugKey } from "./normalizeKey.ts";
import { TokenTrie } from "./TokenTrie.ts";
import { tokenize } from "./tokenize.ts";

/** One known entity: display name, aliases, and whether it needs a confirming cue word. */
export interface LexiconEntry {
  type: EntityType;
  name: string;
  key: string;
  aliases: string[];
  needsCue: boolean;
  /** Models only: the joiner between family and version in the family's display name. */
  versionSep: string;
  /** Models only: a name only with a version (`Sonnet 4.5`; `models.json` needsVersion). */
  needsVersion: boolean;
}

/** What the trie stores per alias. */
export interface LexiconHit {
  entry: LexiconEntry;
  alias: string;
  /** Compact form that the text must equal exactly when the alias is case-sensitive. */
  exact: string | null;
  /** The rule name reported on mentions. */
  rule: "lexicon";
}

export interface Lexicons {
  trie: TokenTrie<LexiconHit>;
  entries: LexiconEntry[];
  byKey: Map<string, LexiconEntry>;
  cues: Record<"benchmark" | "model" | "method", Set<string>>;
  /** Nouns after a model's bare name that make it a modifier (`DINO score`; `cues.json` measureNouns). */
  measureNouns: Set<string>;
  /** Words after a hyphen that make a modifier, not a name (`LVLM-based`; `cues.json` describingSuffixes). */
  describingSuffixes: Set<string>;
  taskHeads: Set<string>;
  taskModifierStop: Set<string>;
  /** Nouns that head a task where the text calls the phrase a task (`control`; `tasks.json` cueHeads). */
  taskCueHeads: Set<string>;
  /** Doing-words that name a field, paradigm or procedure, never a task (`learning`, `prompting`). */
  notTaskHeads: Set<string>;
  /** Nouns after a task phrase that keep it a task (`… tasks`, `… methods`; `tasks.json` contextNouns). */
  taskContextNouns: Set<string>;
  /** Words compromise files as adjectives or verbs that are nouns here (`token`, `prompt`; `terms.json`). */
  modifierNouns: Set<string>;
  /** Words compromise files as adjectives that modify a task head as nouns do (`future`; `tasks.json` modifiers). */
  taskModifiers: Set<string>;
  /** Words that name a variant of a task as the outermost of two or more modifiers (`small object detection`; `tasks.json` scopeModifiers). */
  taskScopeModifiers: Set<string>;
  /** Compounds that name a variant of a task as its outermost modifier, alone too (`long-context reasoning`; `tasks.json` variantModifiers). */
  taskVariantModifiers: Set<string>;
  /** `reasoning` is a task only after one of these (`mathematical reasoning`, not `internal reasoning`). */
  reasoningModifiers: Set<string>;
  generic: Set<string>;
  determiners: Set<string>;
  /** Evaluative adjectives (`novel`, `efficient`) that never start a concept or a task. */
  adjectives: Set<string>;
  /** Words compromise knows as English (its lexicon): a name spelled like one must match its case. */
  englishWords: ReadonlySet<string>;
  /** Acronyms that are never a benchmark or a proposed name (`LLM`, `GPU`, `BLEU`). */
  genericAcronyms: Set<string>;
  /** Conference names (`CVPR`, `NeurIPS`): never an entity unless a paper names its own system so. */
  venues: Set<string>;
  modelSuffixWords: Set<string>;
}

type RawEntries = (string[] | { name: string; aliases?: string[] })[];

const METHOD_HEADS = new Set(termsJson.methodHeads);

/** Short all-caps aliases (`MATH`, `SAM`) and mixed-case ambiguous ones must match case. */
function exactForm(alias: string, needsCue: boolean, type: EntityType = "benchmark"): string | null {
  // most aliases are plain lower-case ASCII (`image classification`): every rule below needs a capital
  if (!hasCapitalOrNonAscii(alias)) return null;
  const letters = alias.replace(/[^\p{L}]/gu, "");
  const compact = alias.replace(/[\s\-_‐‑–]+/g, "");
  if (letters.length > 0 && letters === letters.toUpperCase() && compact.length <= 6) return compact;
  if (needsCue && /\p{Lu}/u.test(alias)) return compact;
  if (/^\p{Lu}\p{Ll}{1,3}$/u.test(compact)) return compact;
  // `vLLM`, `iOS`: a lower-case letter before capitals is part of the name
  if (/^\p{Ll}+\p{Lu}/u.test(compact)) return compact;
  // `ReCoRD` must not match the word `record`
  if (type !== "model" && /\p{Lu}/u.test(alias) && ENGLISH_WORDS.has(alias.toLowerCase())) return compact;
  return null;
}

/** Whether `text` holds an ASCII capital or any non-ASCII character (one pass over char codes, no regex). */
function hasCapitalOrNonAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 127 || (c >= 65 && c <= 90)) return true;
  }
  return false;
}

function readEntries(
  type: EntityType,
  raw: RawEntries,
  needsCue: readonly string[] = [],
  seps = {},
  needsVersion: readonly string[] = [],
) {
  const cue = new Set(needsCue);
  const versioned = new Set(needsVersion);
  const sepMap = seps as Record<string, string>;
  return raw.map((e): LexiconEntry => {
    const [name, ...aliases] = Array.isArray(e) ? e : [e.name, ...(e.aliases ?? [])];
    if (!name) throw new Error(`lexicon ${type}: empty entry`);
    // `forecasting` for `time series forecasting` would fire on every other sense of the head word
    const head = /[\s-](\p{Ll}+)$/u.exec(name)?.[1];
    const bare = aliases.find((a) => a === head);
    if (bare) throw new Error(`lexicon ${type}: "${name}": the bare head word "${bare}" cannot be an alias`);
    return {
      type,
      name,
      key: slugKey(name),
      aliases: [name, ...aliases],
      needsCue: cue.has(name),
      versionSep: sepMap[name] ?? "",
      needsVersion: versioned.has(name),
    };
  });
}

/** A known concept whose head names a procedure (`linear attention`, `gradient descent`) is a method. */
function typeByHead(entry: LexiconEntry): LexiconEntry {
  const words = entry.name.toLowerCase().split(" ");
  const head = words[words.length - 1]!;
  const last = head.slice(head.lastIndexOf("-") + 1);
  const method = words.length > 1 && (METHOD_HEADS.has(head) || METHOD_HEADS.has(last));
  return method ? { ...entry, type: "method" } : entry;
}

const cached = new Map<boolean, Lexicons>();

function lookupWhole(trie: TokenTrie<LexiconHit>, phrase: string): boolean {
  const tokens = tokenize(phrase);
  const m = trie.longestAt(tokens, 0);
  return m !== null && m.to === tokens.length;
}

/**
 * Builds (once per process and variant) the token trie over every lexicon; `pwc: false` leaves out the Papers-with-Code lists (SciREX is built from Papers
 * with Code, so its figures are reported without them).
 */
export function loadLexicons(pwc = true): Lexicons {
  const have = cached.get(pwc);
  if (have) return have;
  const entries = [
    ...readEntries("benchmark", benchmarksJson.entries as RawEntries, benchmarksJson.needsCue),
    ...readEntries(
      "model",
      modelsJson.entries as RawEntries,
      modelsJson.needsCue,
      modelsJson.versionSep,
      modelsJson.needsVersion,
    ),
    ...readEntries("method", methodsJson.entries as RawEntries, methodsJson.needsCue),
    ...readEntries("task", tasksJson.entries as RawEntries),
    ...readEntries("concept", conceptsJson.entries as RawEntries).map(typeByHead),
  ];
  const trie = new TokenTrie<LexiconHit>();
  const byKey = new Map<string, LexiconEntry>();
  for (const entry of entries) {
    byKey.set(`${entry.type}:${entry.key}`, entry);
    for (const alias of entry.aliases) {
      trie.add(alias, { entry, alias, exact: exactForm(alias, entry.needsCue, entry.type), rule: "lexicon" });
    }
  }
  // Papers-with-Code names only add what the curated lists do not already spell
  const pwcEntries = pwc
    ? [
        ...readEntries("benchmark", benchmarksPwcJson.entries as RawEntries),
        ...readEntries("task", tasksPwcJson.entries as RawEntries),
      ]
    : [];
  for (const entry of pwcEntries) {
    const known = lookupWhole(trie, entry.name);
    if (known || byKey.has(`${entry.type}:${entry.key}`) || /^\p{Lu}{1,3}$/u.test(entry.name)) continue;
    byKey.set(`${entry.type}:${entry.key}`, entry);
    entries.push(entry);
    trie.add(entry.name, { entry, alias: entry.name, exact: exactForm(entry.name, false), rule: "lexicon" });
  }
  const lower = (xs: readonly string[]) => new Set(xs.map((x) => x.toLowerCase()));
  const lexicons: Lexicons = {
    trie,
    entries,
    byKey,
    cues: {
      benchmark: lower(cuesJson.benchmark),
      model: lower(cuesJson.model),
      method: lower(cuesJson.method),
    },
    measureNouns: lower(cuesJson.measureNouns),
    describingSuffixes: lower(cuesJson.describingSuffixes),
    taskHeads: lower(tasksJson.heads),
    taskModifierStop: lower(tasksJson.taskModifierStop),
    taskCueHeads: lower(tasksJson.cueHeads),
    taskContextNouns: lower(tasksJson.contextNouns),
    notTaskHeads: lower([...tasksJson.notTaskHeads, ...termsJson.methodHeads, ...termsJson.procedureHeads]),
    modifierNouns: lower(termsJson.nouns),
    taskModifiers: lower(tasksJson.modifiers),
    taskScopeModifiers: lower(tasksJson.scopeModifiers),
    taskVariantModifiers: lower(tasksJson.variantModifiers),
    reasoningModifiers: lower(tasksJson.reasoningModifiers),
    generic: lower(genericJson.words),
    determiners: lower(genericJson.determiners),
    adjectives: lower(genericJson.adjectives),
    genericAcronyms: new Set([...genericJson.acronyms, ...genericJson.notNames]),
    venues: new Set(genericJson.venues),
    englishWords: ENGLISH_WORDS,
    modelSuffixWords: new Set(modelsJson.suffixWords),
  };
  cached.set(pwc, lexicons);
  return lexicons;
}
