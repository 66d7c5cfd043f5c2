import type { ExtractedEntity, Extraction, Mention } from "@paperkg/core";
import type { PaperText } from "./extractPaper.ts";
import { classifyWord, isProcedurePhrase, MANNER, termKey, termType } from "./findTermChunks.ts";
import { HashCounts } from "./HashCounts.ts";
import { hash52 } from "./hash52.ts";
import termsJson from "./lexicons/terms.json" with { type: "json" };
import { type Lexicons, loadLexicons } from "./loadLexicons.ts";
import { isTitleCase, type PreparedField, sentenceText } from "./prepareField.ts";
import { singularize } from "./singularize.ts";
import { type SentenceRange, splitSentences } from "./splitSentences.ts";

/** How corpus terms are chosen; every field has a default in `DEFAULT_TERM_OPTIONS`. */
export interface TermOptions {
  /** A term must be found in at least this many papers (or be salient in its own paper). */
  minPapers: number;
  /** Above this many papers, `minPapers` grows by one per `papersPerStep` papers. */
  papersPerStep: number;
  /**
   * For a concept (a term no head word types), `minPapers` grows by one per this many papers: on
   * a large corpus frequency is its only evidence, and phrases of general prose (`project page`,
   * `performance degradation`) recur in a few dozen papers.
   */
  conceptPapersPerStep: number;
  /** Terms kept per paper: the most salient (title, repeats, then corpus frequency). */
  maxPerPaper: number;
}

const WEAK_HEADS = new Set(termsJson.weakHeads);
const WHOLE_FIELDS = new Set(termsJson.wholeFields);
const PROSE = new Set(termsJson.prose);
const SCOPE = /-(?:specific|agnostic|stage)$/;
const NOMINAL_COMPOUND =
  /^(?!(?:post|pre|non|anti|semi|multi|cross|inter|intra|over|under|high|low|sub|super)-)\p{L}+(?:-\p{L}+)*-\p{L}+(?:tion|sion|ment|ness|ity|ance|ence|play|ism|ogy|ure|ship)$/u;

/**
 * `self-critique`, `self-awareness`: a `self-` compound of a noun (not `self-correct`, nor a
 * gerund, which this prose uses as an adjective: `self-evolving agents`).
 */
function isSelfCompound(word: string, lex: Lexicons): boolean {
  if (!word.startsWith("self-") || word.indexOf("-", 5) >= 0) return false;
  return classifyWord(word.slice(5), lex) === "N";
}

export const DEFAULT_TERM_OPTIONS: TermOptions = {
  minPapers: 2,
  papersPerStep: 10_000,
  conceptPapersPerStep: 3_000,
  maxPerPaper: 6,
};

/**
 * The corpus statistics term selection reads, when the papers given are part of a larger corpus
 * (an incremental run): its size and each span's document frequency by `termHash`.
 */
export interface TermCorpus {
  papers: number;
  df(hash: number): number;
}

/**
 * What term selection read for one paper: spans whose document frequency it compared with the
 * threshold (`bits`), spans whose exact frequency it used (`exact`: the fallback's ranking), and
 * the candidates it ranked to keep `maxPerPaper` (`rank`, see `rankTerms`). Same values read,
 * same result — so a paper needs selecting again only when a bit flips, an exact value moves, or
 * its ranking picks other terms.
 */
export interface TermReads {
  bits: number[];
  exact: number[];
  rank: RankCandidate[];
}

/** A term a paper ranks: `[span hash, salience before frequency, id]`. */
export type RankCandidate = [hash: number, base: number, id: string];

/**
 * The ids of the `max` most salient candidates: salience is the candidate's base (title 2, up to
 * 3 for repeats) plus log10(1 + document frequency); ties go to the smaller id.
 */
export function rankTerms(
  candidates: readonly RankCandidate[],
  df: (hash: number) => number,
  max: number,
): Set<string> {
  return new Set(
    candidates
      .map(([hash, base, id]) => ({ id, s: base + Math.log10(1 + df(hash)) }))
      .sort((a, b) => b.s - a.s || (a.id < b.id ? -1 : 1))
      .slice(0, max)
      .map((c) => c.id),
  );
}

/**
 * The document-frequency thresholds for a corpus of `papers` papers: of a term a task or
 * procedure head types, and of a concept. Equal on a small corpus.
 */
export function termThresholds(
  papers: number,
  options?: Partial<TermOptions>,
): { term: number; concept: number } {
  const opts = { ...DEFAULT_TERM_OPTIONS, ...options };
  const grown = (perStep: number) =>
    papers <= perStep ? opts.minPapers : opts.minPapers + Math.floor(papers / perStep);
  return { term: grown(opts.papersPerStep), concept: grown(opts.conceptPapersPerStep) };
}

/** One contiguous span of a chunk's words: `[from, to)`, with what is read of it, computed once. */
interface Span {
  from: number;
  to: number;
  name: string;
  /** `hash52(name)`: its document-frequency key. */
  hash: number;
  /** `termType` of its words. */
  type: "task" | "method" | "concept";
  /** Its first word. */
  first: string;
}

/**
 * The corpus phase of term extraction. Every noun-phrase chunk the per-paper phase found
 * (`rule: "term"`) becomes the longest span of its words that is a term of this corpus, or
 * nothing. A span is a term when it ends in a noun, is not made only of generic words, a single
 * word only when general English does not know it (compromise's lexicon, the contrast corpus),
 * and it is found in `minPapers` papers of the corpus (document frequency, counted over every
 * span of every chunk and every named concept, task and method; the bar rises with the corpus,
 * faster for concepts than for phrases a task or procedure head types) — or, for a phrase of two or more
 * words, repeated in its own paper or in its title. So a new corpus brings its own vocabulary and
 * no list is mined beforehand. Same input, same output: ties break on length, then position.
 * Reference for nested-term counting: K. Frantzi, S. Ananiadou, H. Mima, "Automatic recognition of
 * multi-word terms: the C-value/NC-value method", IJDL 2000. https://doi.org/10.1007/s007999900023
 */
export function selectTerms(
  extractions: readonly Extraction[],
  papers: readonly PaperText[],
  options?: Partial<TermOptions>,
  corpus?: TermCorpus,
  reads?: TermReads[],
): Extraction[] {
  const textOf = new Map(papers.map((p) => [p.id, p]));
  const opts = { ...DEFAULT_TERM_OPTIONS, ...options };
  const lex = loadLexicons();
  const spansOf = spanFinder();
  let stats = corpus;
  if (!stats) {
    // document frequency by a 52-bit hash of the span: ~10 distinct spans a paper (49,378 on 5,000
    // corpus papers), counted in typed arrays (HashCounts: 14 bytes a span, a Map 49)
    const counts = new HashCounts();
    for (const x of extractions) for (const k of termDocumentKeys(x, spansOf)) counts.increment(k);
    stats = { papers: extractions.length, df: (hash) => counts.get(hash) };
  }
  const thresholds = termThresholds(stats.papers, opts);
  const dfOf = stats.df;

  return extractions.map((x, index) => {
    const read = reads?.[index];
    // reads are recorded only when asked for; `exact` reads only where a ranking used them
    const exactReads: number[] = [];
    const df = {
      get: (name: string) => {
        const h = hash52(name);
        exactReads.push(h);
        return dfOf(h);
      },
      // a task or method term is typed by its head; a concept has only its frequency to go by
      above: (s: Span) => {
        read?.bits.push(s.hash);
        const n = dfOf(s.hash);
        if (n < thresholds.term) return false;
        if (n >= thresholds.concept) return true;
        return s.type !== "concept";
      },
    };
    if (!x.entities.some((e) => e.mentions[0]!.rule === "term")) return x;
    const kept = new Map<string, ExtractedEntity>();
    const named = new Set<string>();
    // a name the paper already gives an entity of any type (`story visualization` the task) is no
    // second, concept entity
    for (const e of x.entities)
      if (e.mentions[0]!.rule !== "term") {
        named.add(termKey(e.name.toLowerCase()));
        for (const a of e.aliases ?? []) named.add(termKey(a.toLowerCase()));
      }
    const title = textOf.get(x.paper.id)?.title ?? x.paper.title;
    const titleCased = isTitleCase(title.slice(0, 1_000));
    const salient = salientSpans(x.entities, spansOf, titleCased);
    for (const e of x.entities) {
      if (e.mentions[0]!.rule !== "term") continue;
      // a phrase headed by a procedure (`role-play prompting`) names a method wherever it is found
      const chunk = e.name.split(" ");
      const span = spansOf(e.name).find(
        (s) =>
          taskSpanReads(s, chunk, lex) &&
          !(s.type === "task" && s.to === chunk.length && pluralHeadOnly(e.mentions)) &&
          (df.above(s) || salient.has(s.name) || isProcedurePhrase(s.name, lex)),
      );
      if (!span) continue;
      const type = span.type;
      const id = `${type}:${termKey(span.name)}`;
      if (named.has(termKey(span.name))) continue;
      const mentions = e.mentions.map((m) => narrow(m, span));
      const have = kept.get(id);
      if (have) {
        const at = new Set(have.mentions.map((m) => `${m.field}:${m.start}`));
        have.mentions.push(...mentions.filter((m) => !at.has(`${m.field}:${m.start}`)));
        have.mentions.sort((a, b) =>
          a.field === b.field ? a.start - b.start : a.field === "title" ? -1 : 1,
        );
      } else {
        // the chunk's own spellings (`natural language queries`) are not the narrowed term's
        const { aliases: _chunkSpellings, ...rest } = e;
        kept.set(id, { ...rest, type, id, name: span.name, mentions });
      }
    }
    const entities: ExtractedEntity[] = [];
    for (const e of x.entities) if (e.mentions[0]!.rule !== "term") entities.push(e);
    const salience = (e: ExtractedEntity) =>
      (e.mentions.some((m) => m.field === "title") ? 2 : 0) +
      Math.min(3, e.mentions.length) +
      Math.log10(1 + df.get(e.name));
    // the most salient terms, kept in the order they were found: below the cap, frequencies
    // change nothing, so an incremental run need not select the paper again when they move
    let top: Set<string> | null = null;
    if (kept.size > opts.maxPerPaper) {
      const candidates: RankCandidate[] = [...kept.values()].map((e) => [
        hash52(e.name),
        (e.mentions.some((m) => m.field === "title") ? 2 : 0) + Math.min(3, e.mentions.length),
        e.id,
      ]);
      top = rankTerms(candidates, dfOf, opts.maxPerPaper);
      if (read) read.rank = candidates;
    }
    const ranked = [...kept.values()].filter((e) => !top || top.has(e.id));
    // a paper nothing else names joins the graph through its most salient chunks
    if (ranked.length === 0 && entities.length === 0)
      ranked.push(...fallback(x.entities, spansOf, salience, lex));
    if (read) read.exact.push(...exactReads);
    for (const e of ranked) {
      if (e.mentions.length > 10) e.mentions = e.mentions.slice(0, 10);
      entities.push(e);
    }
    const paper = textOf.get(x.paper.id);
    if (paper) fillSentences(entities, paper);
    // in place: the paper's chunks are garbage from here on, not held until the whole corpus is done
    x.entities = entities;
    return x;
  });
}

/**
 * The spans a paper singles out by itself, without corpus statistics: those its chunks hold
 * twice or more, counted over every chunk, once at least as a chunk's head (`coding agent` in
 * `coding agent development` and `human-engineered coding agents`), and those of a title chunk — a Title Case
 * title capitalises every chunk alike, so there the title alone does not single one out. A single
 * word is one only as a noun compound (`self-modification`); plain single words never are.
 */
function salientSpans(
  entities: readonly ExtractedEntity[],
  spansOf: (name: string) => Span[],
  titleCased: boolean,
): Set<string> {
  const count = new Map<string, number>();
  const headed = new Set<string>();
  const out = new Set<string>();
  for (const e of entities) {
    if (e.mentions[0]!.rule !== "term") continue;
    const inTitle = !titleCased && e.mentions.some((m) => m.field === "title");
    const words = e.name.split(" ").length;
    for (const s of spansOf(e.name)) {
      if (inTitle) out.add(s.name);
      count.set(s.name, (count.get(s.name) ?? 0) + e.mentions.length);
      if (s.to === words) headed.add(s.name);
    }
  }
  // a span that only ever modifies a chunk's head is no term (`adaptive cross-domain …`)
  for (const [name, n] of count) if (n >= 2 && headed.has(name)) out.add(name);
  return out;
}

/**
 * A span a task head types reads as a task where its chunk does: not before a noun it modifies
 * (`data synthesis` in `data synthesis process`; a noun that says it is a task, `… tasks`, `…
 * accuracy`, may follow: `tasks.json` contextNouns), and not opened by a word that never modifies
 * a task (`task completion`, `human activity recognition`: `tasks.json` taskModifierStop), as
 * `findTaskPhrases` reads task phrases.
 */
function taskSpanReads(s: Span, chunk: readonly string[], lex: Lexicons): boolean {
  if (s.type !== "task") return true;
  // a manner (`rule-based`, `training-free`) says how, not which task
  if (lex.taskModifierStop.has(s.first) || MANNER.test(s.first)) return false;
  return s.to === chunk.length || lex.taskContextNouns.has(singularize(chunk[s.to]!));
}

/**
 * Every mention of a chunk ends in a plural outside the title (`overconfident predictions`,
 * `comparative assessments`): it counts outputs or acts, so its task head makes no task of it,
 * as in `findTaskPhrases`.
 */
function pluralHeadOnly(mentions: readonly Mention[]): boolean {
  return mentions.every((m) => {
    if (m.field === "title") return false;
    const last = m.text.slice(Math.max(m.text.lastIndexOf(" "), m.text.lastIndexOf("-")) + 1).toLowerCase();
    return singularize(last) !== last;
  });
}

/** `name → its term-shaped spans`, longest first, memoised (a corpus repeats its chunks). */
function spanFinder(): (name: string) => Span[] {
  const lex = loadLexicons();
  const spansCache = new Map<string, Span[]>();
  const spansOf = (name: string): Span[] => {
    let spans = spansCache.get(name);
    if (spans) return spans;
    const words = name.split(" ");
    spans = [];
    // longest first, then the rightmost (English noun phrases are head-final)
    for (let len = words.length; len >= 1; len--) {
      for (let from = words.length - len; from >= 0; from--) {
        const part = words.slice(from, from + len);
        if (!isTermShape(part)) continue;
        const spanName = part.join(" ");
        spans.push({
          from,
          to: from + len,
          name: spanName,
          hash: hash52(spanName),
          type: termType(part.slice(0, -1), part[part.length - 1]!, lex),
          first: part[0]!,
        });
      }
    }
    if (spansCache.size > 100_000) spansCache.clear();
    spansCache.set(name, spans);
    return spans;
  };
  const isTermShape = (part: string[]): boolean => {
    const head = part[part.length - 1]!;
    const cls = classifyWord(head, lex);
    if ((cls !== "N" && cls !== "G") || WEAK_HEADS.has(head)) return false;
    const phrase = part.join(" ");
    if (WHOLE_FIELDS.has(phrase) || PROSE.has(phrase)) return false;
    if (part.every((w) => lex.generic.has(w) || lex.adjectives.has(w))) return false;
    const first = classifyWord(part[0]!, lex);
    if (first === "E" || (first === "D" && part.length === 1)) return false;
    // `task-specific model`, `two-stage training`: a scope says where or when, not what
    if (part.length > 1 && SCOPE.test(part[0]!)) return false;
    // a single word is a term only as a hyphenated noun compound (`self-verification`) or
    // procedure (`layer-skipping`); plain single words are too often general English (`decision`,
    // `loop`) without a frequency list
    if (part.length === 1)
      return (
        ((NOMINAL_COMPOUND.test(head) || isSelfCompound(head, lex)) && !lex.taskHeads.has(head)) ||
        isProcedurePhrase(head, lex)
      );
    return true;
  };

  return spansOf;
}

/** The spans one paper counts toward document frequency, by `termHash`: its contribution to the corpus. */
export function termDocumentKeys(
  x: Extraction,
  spansOf: (name: string) => Span[] = sharedSpanFinder(),
): Set<number> {
  const seen = new Set<number>();
  for (const e of x.entities) {
    if (e.mentions[0]!.rule !== "term") {
      if (e.type === "concept" || e.type === "task" || e.type === "method")
        seen.add(hash52(e.name.toLowerCase()));
      continue;
    }
    for (const s of spansOf(e.name)) seen.add(s.hash);
  }
  return seen;
}

let shared: ((name: string) => Span[]) | null = null;
function sharedSpanFinder(): (name: string) => Span[] {
  shared ??= spanFinder();
  return shared;
}

/** Sentences of the kept term mentions (the per-paper phase leaves them empty to save memory). */
function fillSentences(entities: ExtractedEntity[], paper: PaperText): void {
  const fields = new Map<
    "title" | "abstract",
    { field: "title" | "abstract"; text: string; sentences: SentenceRange[] }
  >();
  for (const e of entities) {
    for (const m of e.mentions) {
      if (m.sentence !== "") continue;
      let f = fields.get(m.field);
      if (!f) {
        const text = paper[m.field].slice(0, m.field === "title" ? 1_000 : 20_000);
        f = {
          field: m.field,
          text,
          sentences: m.field === "title" ? [{ start: 0, end: text.length }] : splitSentences(text),
        };
        fields.set(m.field, f);
      }
      m.sentence = sentenceText(f as PreparedField, m.start, m.end);
    }
  }
}

const MAX_FALLBACK = 3;

/** Up to three chunks of a paper left without entities, cut to their longest term-shaped span. */
function fallback(
  chunks: readonly ExtractedEntity[],
  spansOf: (name: string) => Span[],
  salience: (e: ExtractedEntity) => number,
  lex: ReturnType<typeof loadLexicons>,
): ExtractedEntity[] {
  const out = new Map<string, { e: ExtractedEntity; s: number }>();
  for (const e of chunks) {
    const span = spansOf(e.name).find((s) => s.to - s.from >= 2);
    if (!span) continue;
    const words = span.name.split(" ");
    const type = termType(words.slice(0, -1), words[words.length - 1]!, lex);
    const id = `${type}:${termKey(span.name)}`;
    if (out.has(id)) continue;
    const mentions = e.mentions.map((m) => ({ ...narrow(m, span), rule: "noun-phrase-fallback" }));
    const { aliases: _chunkSpellings, ...rest } = e;
    out.set(id, { e: { ...rest, type, id, name: span.name, confidence: 0.4, mentions }, s: salience(e) });
  }
  return [...out.values()]
    .sort((a, b) => b.s - a.s || a.e.mentions[0]!.start - b.e.mentions[0]!.start)
    .slice(0, MAX_FALLBACK)
    .map(({ e }) => e);
}

/** The mention of a chunk cut to the span's words (chunk words are separated by whitespace only). */
function narrow(m: Mention, span: Span): Mention {
  const starts: number[] = [];
  const ends: number[] = [];
  const re = /\S+/g;
  for (let w = re.exec(m.text); w !== null; w = re.exec(m.text)) {
    starts.push(w.index);
    ends.push(w.index + w[0].length);
  }
  const s = starts[span.from] ?? 0;
  const e = ends[span.to - 1] ?? m.text.length;
  return { ...m, text: m.text.slice(s, e), start: m.start + s, end: m.start + e };
}
