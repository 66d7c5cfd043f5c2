import type { Extraction } from "@paperkg/core";
import { acronymCandidates, redefinedShorts } from "./acronymCandidates.ts";
import { aliasTaskModifiers } from "./aliasTaskModifiers.ts";
import { assembleEntities } from "./assembleEntities.ts";
import type { Candidate } from "./Candidate.ts";
import { candidateAt, PRIORITY } from "./Candidate.ts";
import { dropModifierTasks } from "./dropModifierTasks.ts";
import { dropNonNames } from "./dropNonNames.ts";
import { dropSpelledOtherSense } from "./dropSpelledOtherSense.ts";
import { ExtractorError } from "./ExtractorError.ts";
import { extendBenchmarkNames } from "./extendBenchmarkNames.ts";
import { type ExtractOptions, resolveExtractOptions } from "./extractOptions.ts";
import { findAcronymDefinitions } from "./findAcronymDefinitions.ts";
import { findBenchmarkCues } from "./findBenchmarkCues.ts";
import { findCapitalMethods } from "./findCapitalMethods.ts";
import { findComparedNames } from "./findComparedNames.ts";
import { findContextNames } from "./findContextNames.ts";
import { findCoordinatedTasks } from "./findCoordinatedTasks.ts";
import { findFallbackConcepts } from "./findFallbackConcepts.ts";
import { findLexiconHits } from "./findLexiconHits.ts";
import { findListNames } from "./findListNames.ts";
import { findProposals, type Proposal } from "./findProposals.ts";
import { findRepeatedNames } from "./findRepeatedNames.ts";
import { findShapes } from "./findShapes.ts";
import { findSiblingVersions } from "./findSiblingVersions.ts";
import { findStatedResults } from "./findStatedResults.ts";
import { findTaskPhrases } from "./findTaskPhrases.ts";
import { findTermChunks } from "./findTermChunks.ts";
import { loadLexicons } from "./loadLexicons.ts";
import { longFormPhrase } from "./longFormKey.ts";
import { slugKey } from "./normalizeKey.ts";
import { type PreparedField, prepareField } from "./prepareField.ts";
import { repeatMentions } from "./repeatMentions.ts";
import { retypeByCopula } from "./retypeByCopula.ts";
import { selectTerms } from "./selectTerms.ts";

/** The part of a `Paper` the extractor reads. */
export interface PaperText {
  id: string;
  title: string;
  abstract: string;
}

/** Why part of a paper was not read; returned beside the extraction, never thrown. */
export interface ExtractNotice {
  paperId: string;
  code: "TRUNCATED" | "EMPTY";
  message: string;
}

/**
 * One paper → its typed entities with evidence, the paper taken as a corpus of one (its terms
 * are those it repeats or puts in its title). Never throws on odd text; throws `INVALID_PAPER`
 * on a non-paper.
 */
export function extractPaper(paper: PaperText, options?: Partial<ExtractOptions>): Extraction {
  return selectTerms([extractPaperWithNotices(paper, options).extraction], [paper])[0]!;
}

/**
 * The per-paper phase, plus notices about what was capped or empty: its noun-phrase chunks
 * (`rule: "term"`) are candidates that the corpus phase (`selectTerms`) turns into terms or drops.
 */
export function extractPaperWithNotices(
  paper: PaperText,
  options?: Partial<ExtractOptions>,
): { extraction: Extraction; notices: ExtractNotice[] } {
  if (!paper || typeof paper.id !== "string" || paper.id.length === 0) {
    throw new ExtractorError("INVALID_PAPER", "extractor: a paper needs a non-empty string id");
  }
  if (typeof paper.title !== "string" || typeof paper.abstract !== "string") {
    throw new ExtractorError(
      "INVALID_PAPER",
      `extractor: paper ${paper.id}: title and abstract must be strings`,
    );
  }
  const opts = resolveExtractOptions(options);
  const notices: ExtractNotice[] = [];
  const lex = loadLexicons(opts.pwcLexicons);
  const title = paper.title.slice(0, opts.maxTitleChars);
  const abstract = paper.abstract.slice(0, opts.maxAbstractChars);
  if (paper.abstract.length > opts.maxAbstractChars) {
    notices.push({
      paperId: paper.id,
      code: "TRUNCATED",
      message: `extractor: paper ${paper.id}: abstract has ${paper.abstract.length} characters, read the first ${opts.maxAbstractChars}`,
    });
  }
  if (abstract.trim().length === 0) {
    notices.push({
      paperId: paper.id,
      code: "EMPTY",
      message: `extractor: paper ${paper.id}: abstract is empty`,
    });
  }
  const fields: Record<"title" | "abstract", PreparedField> = {
    title: prepareField("title", title, opts.maxTokens),
    abstract: prepareField("abstract", abstract, opts.maxTokens),
  };
  const candidates: Candidate[] = [];
  const redefined: [short: string, long: string][] = [];
  for (const f of [fields.title, fields.abstract]) {
    addShaped(candidates, findLexiconHits(f, lex));
    const defs = findAcronymDefinitions(f.text);
    addShaped(candidates, acronymCandidates(defs, f.field, lex));
    if (defs.length > 0) redefined.push(...redefinedShorts(defs, lex));
    addShaped(candidates, findShapes(f, lex));
    addShaped(candidates, findBenchmarkCues(f, lex));
    const tasks = findTaskPhrases(f, lex);
    addShaped(candidates, tasks);
    addShaped(candidates, findCoordinatedTasks(f, tasks, lex));
    addShaped(candidates, findContextNames(f, lex));
    addShaped(candidates, findComparedNames(f, lex));
    addShaped(candidates, findCapitalMethods(f, lex));
    addShaped(candidates, findTermChunks(f, lex));
  }
  const redefinedAs = redefined.length > 0 ? new Map(redefined.reverse()) : null;
  if (redefinedAs) dropRedefinedHits(candidates, fields, redefinedAs);
  dropSpelledOtherSense(candidates, [fields.title, fields.abstract], lex);
  for (const f of [fields.title, fields.abstract]) addShaped(candidates, findListNames(f, candidates, lex));
  applyProposals(candidates, findProposals(title, abstract, lex));
  retypeByCopula(candidates, [fields.title, fields.abstract], lex);
  addShaped(candidates, repeatMentions(candidates, fields));
  addShaped(candidates, findRepeatedNames([fields.title, fields.abstract], candidates, lex));
  addShaped(candidates, findSiblingVersions(candidates, [fields.title, fields.abstract]));
  if (redefinedAs) nameRedefined(candidates, redefinedAs);
  extendBenchmarkNames(candidates, fields);
  dropNonNames(candidates, lex);
  let entities = assembleEntities(candidates, fields, opts);
  if (entities.length === 0 && abstract.trim().length > 0) {
    const fallback: Candidate[] = [];
    addShaped(fallback, findFallbackConcepts([fields.title, fields.abstract]));
    entities = assembleEntities(fallback, fields, opts);
  }
  dropModifierTasks(entities, fields, lex);
  aliasTaskModifiers(entities, fields, lex);
  for (const e of entities) {
    if (e.type !== "benchmark") continue;
    const results = findStatedResults(e, abstract);
    if (results.length > 0) e.results = results;
  }
  return { extraction: { paper: { id: paper.id, title: paper.title }, entities }, notices };
}

/** Lexicon hits on a short form this paper defines with its own meaning are not the lexicon's name. */
function dropRedefinedHits(
  candidates: Candidate[],
  fields: Record<"title" | "abstract", PreparedField>,
  redefined: ReadonlyMap<string, string>,
): void {
  let kept = 0;
  for (const c of candidates) {
    const text = c.rule.startsWith("lexicon") ? fields[c.field].text.slice(c.start, c.end) : "";
    if (text !== "" && (redefined.has(text) || redefined.has(text.replace(/(?<=\p{Lu})s$/u, "")))) continue;
    candidates[kept++] = c;
  }
  candidates.length = kept;
}

/**
 * A name that is the bare acronym this paper defines with another meaning than the lexicon's (a
 * proposal cue's `SD` beside `Standard Definition (SD)`) is named with the paper's long form, as
 * `acronymCandidates` names its definition: it never joins the lexicon's or another paper's entity.
 */
function nameRedefined(candidates: Candidate[], redefined: ReadonlyMap<string, string>): void {
  for (const c of candidates) {
    // a lexicon hit left here is on a long form the lexicon knows (`recurrent neural network`)
    if (c.type === "task" || c.type === "concept" || c.rule.startsWith("lexicon")) continue;
    const long = redefined.get(c.name) ?? redefined.get(c.name.replace(/(?<=\p{Lu})s$/u, ""));
    if (long === undefined) continue;
    c.name = `${c.name.replace(/(?<=\p{Lu})s$/u, "")} (${longFormPhrase(long)})`;
    c.key = slugKey(c.name);
  }
}

/**
 * Appends `found` to `candidates`, each copied into one object shape (every field present, in one
 * order): matchers build candidates with different optional fields, and code reading candidates of
 * many shapes is slower and recompiled by the JIT as new shapes turn up. Values are unchanged.
 */
function addShaped(candidates: Candidate[], found: readonly Candidate[]): void {
  for (const c of found) candidates.push(uniform(c));
}

function uniform(c: Candidate): Candidate {
  return {
    type: c.type,
    name: c.name,
    key: c.key,
    field: c.field,
    start: c.start,
    end: c.end,
    rule: c.rule,
    confidence: c.confidence,
    priority: c.priority,
    proposed: c.proposed,
    family: c.family,
    aliases: c.aliases,
  };
}

/**
 * Marks proposed names: a span already found by a pattern takes the proposal's type and
 * `proposed: true`; a name no matcher knew becomes a new candidate. Known lexicon entities keep
 * their type (a paper that "introduces GRPO" to its readers does not own GRPO).
 */
function applyProposals(candidates: Candidate[], proposals: ReturnType<typeof findProposals>): void {
  if (proposals.length === 0) return;
  // index once: a paper repeating `we propose X` must not make this quadratic; only the keys a
  // proposal looks up are indexed, each candidate once under each of them
  const wanted = new Set(proposals.map((p) => slugKey(p.name)));
  const byKey = new Map<string, Candidate[]>();
  const index = (c: Candidate) => {
    const add = (k: string) => {
      if (!wanted.has(k)) return;
      const list = byKey.get(k);
      if (!list) byKey.set(k, [c]);
      else if (list[list.length - 1] !== c) list.push(c);
    };
    add(c.key);
    add(slugKey(c.name));
    for (const a of c.aliases ?? []) add(slugKey(a));
  };
  for (const c of candidates) index(c);
  // a type said in words (`X, a framework`) beats one guessed from a title's head noun or the
  // default; among equals the most specific wins: benchmark or model over method
  const typeOf = new Map<string, Proposal>();
  for (const p of proposals) {
    const k = slugKey(p.name);
    const had = typeOf.get(k);
    if (
      !had ||
      (p.said && !had.said) ||
      (p.said === had.said && (had.type === "method" || (had.type === "model" && p.type === "benchmark")))
    )
      typeOf.set(k, p);
  }
  const inside: Candidate[] = [];
  for (const p of proposals) {
    const key = slugKey(p.name);
    const same = byKey.get(key) ?? [];
    if (same.some((c) => c.rule.startsWith("lexicon")) && p.rule !== "title-prefix") continue;
    const shaped = same.find(
      (c) =>
        c.rule === "benchmark-shape" ||
        c.rule === "method-shape" ||
        c.rule === "dataset-shape" ||
        c.rule === "model-shape" ||
        c.rule === "model-name" ||
        c.rule === "model-variant" ||
        c.rule.startsWith("lexicon") ||
        c.rule === "title-prefix" ||
        c.rule === "proposal-cue",
    );
    // a shape's type (`RankLLM` reads as a model) gives way to one said in words (`RankLLM, a
    // novel framework`); a lexicon's type never does
    const best = typeOf.get(key)!;
    const type =
      shaped &&
      shaped.rule !== "title-prefix" &&
      shaped.rule !== "proposal-cue" &&
      (!best.said || shaped.rule.startsWith("lexicon"))
        ? shaped.type
        : best.type;
    for (const c of same) {
      c.proposed = true;
      if (
        c.rule === "acronym" ||
        c.rule === "derived-name" ||
        c.rule === "benchmark-cue" ||
        c.rule === "appositive" ||
        c.rule === "model-cue" ||
        c.rule === "family-name" ||
        c.rule === "model-variant" ||
        c.rule === "compared"
      ) {
        c.type = type;
        c.key = shaped?.key ?? key;
        c.name = shaped?.name ?? p.name;
      }
    }
    const added = candidateAt(p.field, p.start, p.end, {
      type,
      name: shaped?.name ?? p.name,
      key: shaped?.key ?? key,
      rule: p.rule,
      confidence: p.rule === "title-prefix" ? 0.85 : 0.8,
      priority: PRIORITY.proposal,
      proposed: true,
      family: shaped?.family ?? null,
    });
    const kept = uniform(added);
    candidates.push(kept);
    index(kept);
    if (/^[^\s-]+(?:-[^\s-]+)+$/.test(p.name)) inside.push(kept);
  }
  // `SAM-Pilot`, `LLaMA-Adapter`: a proposed hyphenated name is one name, not the known one it
  // starts or ends with; the lexicon hit on its part gives way to it, and lends it its type unless
  // a cue said the type in words (`Open-Qwen2VL` stays a model; `SAM-Pilot, a framework` is a method)
  if (inside.length === 0) return;
  let n = 0;
  for (const c of candidates) {
    const whole =
      c.rule.startsWith("lexicon") || c.rule === "model-variant"
        ? inside.find(
            (w) =>
              w.field === c.field &&
              w.start <= c.start &&
              c.end <= w.end &&
              c.end - c.start < w.end - w.start,
          )
        : undefined;
    if (!whole) {
      candidates[n++] = c;
      continue;
    }
    if (!typeOf.get(whole.key)?.said && (c.type === "model" || c.type === "benchmark"))
      for (const d of candidates) if (d.key === whole.key && d.proposed) d.type = c.type;
  }
  candidates.length = n;
}
