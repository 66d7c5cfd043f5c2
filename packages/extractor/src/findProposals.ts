import type { PROPOSABLE_TYPES } from "@paperkg/core";
import { ENGLISH_POS as POS } from "./englishLexicon.ts";
import { hasDescribingSuffix } from "./hasDescribingSuffix.ts";
import { isNameLike } from "./isNameLike.ts";
import type { Lexicons } from "./loadLexicons.ts";
import type { FieldName } from "./prepareField.ts";

/** A name the paper introduces, with the type its context suggests. */
export interface Proposal {
  name: string;
  type: (typeof PROPOSABLE_TYPES)[number];
  field: FieldName;
  start: number;
  end: number;
  rule: "proposal-cue" | "title-prefix";
  /**
   * The type was said in words (`X, a framework …`, `X: A Benchmark …`), not guessed from the
   * default or from the title's head noun; a said type beats a guessed one.
   */
  said: boolean;
}

const CUE =
  /(?<![\p{L}])(?:we|We|this paper|This paper|this work|This work|and|then)\s+(?:(?:first|further|then|also|thus|therefore|hence|newly|additionally)\s+)?(?:propose|introduce|present|develop|design|release|build|construct|curate|contribute|create|open-source|call|name|term|dub|advocate|coin)[ds]?(?![\p{L}])/gu;
const NAME = String.raw`[\p{L}\d][\p{L}\d.+\-]*(?:\s+v?\d+(?:\.\d+)*)?`;
const NAMED = new RegExp(
  String.raw`(?:called|named|dubbed|termed|coined|namely|codenamed)\s+["'“]?(${NAME}(?:\s+[\p{Lu}\d][\p{L}\d.+\-]*){0,2})`,
  "u",
);
/** A naming verb anywhere in the abstract (`namely` lists rather than names). */
const NAMING = new RegExp(
  String.raw`(?<![\p{L}])(?:called|named|dubbed|termed|coined|codenamed)\s+["'“]?(${NAME}(?:\s+[\p{Lu}\d][\p{L}\d.+\-]*){0,2})`,
  "gu",
);
const FIRST = new RegExp(
  String.raw`^\s*(?:(?:a|an|the)\s+)?["'“]?(${NAME})["'”]?\s*(?=[,:(]|$|\s+(?:is|a|an|as|which|that|to|for|,))`,
  "u",
);
const PAREN_ACRONYM = /^(?:[^.();]{0,160}?)\(([\p{Lu}][\p{L}\d-]*\p{Lu}[\p{L}\d-]*)\)/u;
/** `an interpretable vision (IV) pipeline, SAM-Pilot`: the name is the appositive, not the acronym. */
const PAREN_THEN_NAME = new RegExp(
  String.raw`^(?:[^.();]{0,160}?)\([\p{Lu}][\p{L}\d-]*\p{Lu}[\p{L}\d-]*\)\s*(?:[\p{L}-]+\s*){0,2},\s+["'“]?(${NAME})["'”]?\s*(?=[,(:]|$|\s+(?:which|that|to|for|a|an)\s)`,
  "u",
);
const PHRASE_NAME =
  /^\s*([\p{Ll}][\p{L}\d-]*(?:\s+[\p{Ll}][\p{L}\d-]*){1,3}),\s+(?:a|an)\s+[^,.;]{0,60}?\b(?:method|approach|framework|algorithm|technique|strategy)\b/u;
const APPOSITION = new RegExp(
  String.raw`^[^.;]{0,90}?,\s+["'“]?(${NAME})["'”]?\s*(?=[,(:]|$|\s+(?:which|that|to|for|a|an)\s)`,
  "u",
);
/**
 * Kind nouns that say a proposed name is a method (`X, a novel framework`, `a method called X`,
 * architectures and their parts included (`X, a lightweight
 * network`, `X, a transformer-based detector`).
 */
const METHOD_WORDS =
  /\b(?:framework|method|approach|algorithm|technique|strategy|pipeline|paradigm|mechanism|procedure|scheme|recipe|architecture|network|detector|tracker|segmenter|classifier|module|operator|estimator|solver)s?\b/i;
const BENCH_WORDS =
  /\b(?:benchmarks?|datasets?|suite|corpus|testbed|leaderboard|arena|environments?|evaluation framework|test set)\b/i;
const MODEL_WORDS =
  /\b(?:[Ll]anguage [Mm]odels?|LLMs?|LVLMs?|foundation models?|vision-language models?|VLMs?|MLLMs?|SLMs?|family of|series of|open-weight|checkpoints?)\b/;
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
/** Where an appositive stops describing the name: `X, a simple method that …` → `a simple method`. */
const APPOSITIVE_END =
  /\s(?:that|which|who|for|to|with|on|in|by|trained|built|designed|based|enabling|using|utili[sz]ing|leveraging|employing|integrating|powered|where)\s|[.;(]/;

/** `we propose X`, `we introduce a benchmark, X, …`, `… (ACR)`, and the title prefix before a colon. */
export function findProposals(title: string, abstract: string, lex: Lexicons): Proposal[] {
  const out: Proposal[] = [];
  const prefix = titlePrefix(title, lex);
  if (prefix) out.push(prefix);
  CUE.lastIndex = 0;
  for (let m = CUE.exec(abstract); m !== null; m = CUE.exec(abstract)) {
    const clauseStart = m.index + m[0].length;
    const after = abstract.slice(clauseStart, clauseStart + 260);
    const sentenceEnd = after.search(/\.\s|$/);
    const clause = after.slice(0, sentenceEnd === -1 ? after.length : sentenceEnd);
    const named = NAMED.exec(clause);
    const first = named ? null : FIRST.exec(clause);
    const acronym = named || first ? null : PAREN_ACRONYM.exec(clause);
    const named2 = acronym ? PAREN_THEN_NAME.exec(clause) : null;
    const paren = named2 && isNameLike(named2[1]!.split(/\s+/)[0]!, lex) ? named2 : acronym;
    const phrase = named || first || paren ? null : PHRASE_NAME.exec(clause);
    const hit = named ?? first ?? paren ?? phrase ?? APPOSITION.exec(clause);
    if (!hit) continue;
    const name = hit[1]!.replace(/[.-]+$/, "").trim();
    const ok =
      isNameLike(name.split(/\s+/)[0]!, lex) ||
      (named !== null && /\p{L}{2,}/u.test(name)) ||
      phrase !== null ||
      (first !== null && /^\p{Lu}\p{Ll}{3,}$/u.test(name) && !(name.toLowerCase() in POS)) ||
      /^\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)+$/u.test(name);
    if (!ok || lex.generic.has(name.toLowerCase()) || lex.determiners.has(name.toLowerCase())) continue;
    // `we develop a BERT-based auto-marking system`: a modifier made from a name is no new name
    if (hasDescribingSuffix(name, lex)) continue;
    const nameAt = (hit.index ?? 0) + hit[0].lastIndexOf(hit[1]!);
    const start = clauseStart + nameAt;
    // `X, a large-scale (91,706 conversations) dataset`: a parenthesis does not end the appositive
    const rest = clause.slice(nameAt + hit[1]!.length).replace(/\s*\([^()]*\)/g, "");
    const stop = rest.search(APPOSITIVE_END);
    const context = `${clause.slice(0, nameAt)} ${stop === -1 ? rest.slice(0, 90) : rest.slice(0, stop)}`;
    out.push(cueProposal(name, start, context));
  }
  // `… a new class of problems termed Code-as-Task`, `… named CoT Monitor+`: a naming verb
  // introduces a name wherever it stands, not only after `we propose`
  const had = new Set(out.map((p) => p.start));
  NAMING.lastIndex = 0;
  for (let m = NAMING.exec(abstract); m !== null; m = NAMING.exec(abstract)) {
    // `termed Faux-Hate. Participants …`: the name ends with its sentence
    const name = m[1]!
      .split(/\.\s/)[0]!
      .replace(/[.,;:-]+$/, "")
      .trim();
    const start = m.index + m[0].lastIndexOf(m[1]!);
    if (had.has(start) || !/\p{Lu}/u.test(name) || lex.generic.has(name.toLowerCase())) continue;
    if (!isNameLike(name.split(/\s+/)[0]!, lex, true) && !/^\p{Lu}[\p{L}\d]*(?:-[\p{L}\d]+)+$/u.test(name))
      continue;
    const sentenceStart = Math.max(0, abstract.lastIndexOf(". ", m.index) + 1);
    const context = `${abstract.slice(sentenceStart, m.index)} ${abstract.slice(start + name.length, start + name.length + 60).split(/[.;]/)[0]}`;
    out.push(cueProposal(name, start, context));
  }
  return out;
}

/** A name an abstract's cue introduces at `start`, typed from the words around it. */
function cueProposal(name: string, start: number, context: string): Proposal {
  const type = typeFrom(context);
  return {
    name,
    type,
    field: "abstract",
    start,
    end: start + name.length,
    rule: "proposal-cue",
    said: type !== "method" || METHOD_WORDS.test(context),
  };
}

/** `TSDiff: …`, `Auto MC-Reward: …`: a short, name-like prefix before the title's colon (or spaced dash). */
function titlePrefix(title: string, lex: Lexicons): Proposal | null {
  // `SALAD -- Semantics-Aware Logical Anomaly Detection`: a spaced dash parts the title as a colon does
  const dash = /\s(?:--|—|–)\s/.exec(title)?.index ?? -1;
  const first = title.indexOf(":");
  const colon = first === -1 || (dash !== -1 && dash < first) ? dash : first;
  if (colon <= 0 || colon > 50) return null;
  const before = title.slice(0, colon);
  const prefix = before.replace(/\s+(?:Technical Report|Tech Report|Report)$/i, "").trim();
  // `Qwen3 Technical Report: …`: a technical report names a released model
  const report = /\s(?:Technical|Tech) Report\s*$/i.test(before);
  const words = prefix.split(/\s+/);
  if (words.length > 3 || prefix.includes(",") || TITLE_STOP.has(words[0]!.toLowerCase())) return null;
  const strict = (w: string) => isNameLike(w, lex) || /^\p{Lu}[\p{L}\d]*-\p{Lu}/u.test(w);
  const ok =
    words.length === 1
      ? strict(prefix) || isNameLike(prefix, lex, true)
      : strict(words[0]!) || (words.length === 2 && strict(words[1]!));
  if (!ok) return null;
  const start = title.indexOf(prefix);
  const rest = title
    .slice(colon + 1)
    .replace(/^[\s—–-]+/, "")
    .trim();
  const type = report && !BENCH_WORDS.test(rest) ? "model" : typeFromTitle(rest);
  return {
    name: prefix,
    type,
    field: "title",
    start,
    end: start + prefix.length,
    rule: "title-prefix",
    // `X: A Benchmark for …` says it; `X: Street-Scale Flood Depth Models from …` only has a model head
    said:
      type === "benchmark" ||
      report ||
      (type === "method" && METHOD_WORDS.test(rest.split(/\s+/).slice(0, 4).join(" "))),
  };
}

/** `X, a multi-agent LLM framework`: the appositive's head noun names a method, whatever modifies it. */
const METHOD_HEAD =
  /\b(?:framework|method|approach|pipeline|system|agent|algorithm|strategy|technique|paradigm|mechanism|module|protocol|toolkit|platform|library|scheme|recipe|procedure)s?\s*$/i;

function typeFrom(context: string): Proposal["type"] {
  if (BENCH_WORDS.test(context)) return "benchmark";
  const model = lastMatch(MODEL_WORDS, context);
  // `a novel Vision-Language Model (VLM) framework`: the kind noun said last is the head
  if (model >= 0 && model >= lastMatch(METHOD_WORDS, context) && !METHOD_HEAD.test(context)) return "model";
  return "method";
}

/** Where the last match of `re` starts in `text`, or -1. */
function lastMatch(re: RegExp, text: string): number {
  const all = new RegExp(re.source, `${re.flags.replace("g", "")}g`);
  let at = -1;
  for (let m = all.exec(text); m !== null; m = all.exec(text)) at = m.index;
  return at;
}

/** The rest of a title after the name: a benchmark, a model (family), or else a method. */
function typeFromTitle(rest: string): Proposal["type"] {
  // `…: Monocular Depth Estimation in Underwater Environments`: an environment after `in` is a setting
  const said = rest.replace(/\s(?:in|across|under)\s+(?:[\p{L}-]+\s+){0,3}environments?\b/giu, "");
  if (BENCH_WORDS.test(said) || /^\s*(?:evaluating|benchmarking)\b/i.test(rest)) return "benchmark";
  // `Accelerated Inference of Large Language Models`: the head noun comes before `of`
  const head = rest.split(/\s(?:for|with|via|to|that|on|in|of|from|through|by|and)\s/i)[0]!;
  if (/technical report|family of|series of/i.test(rest)) return "model";
  // `…: Open Vocabulary Sketch-Language Model`: the title's own head noun is a model
  if (/(?:models?|LLMs?|VLMs?|MLLMs?)\s*$/u.test(rest) && !/\s(?:for|via|with|to|in|on|of)\s/i.test(rest)) {
    if (!/(?:diffusion|reward|world|generative|latent)\s+models?\s*$/i.test(rest)) return "model";
  }
  if (/^\s*(?:an?\s+)?(?:[\p{L}-]+\s+){0,6}(?:models?|LLMs?|VLMs?|MLLMs?|LVLMs?)\s*$/iu.test(head)) {
    if (
      !/\b\p{L}+ing\b/u.test(head.split(/\s+/).slice(0, 2).join(" ")) &&
      !/diffusion|reward|world/i.test(head)
    )
      return "model";
  }
  return "method";
}
