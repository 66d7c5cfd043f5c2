import { type Candidate, PRIORITY } from "./Candidate.ts";
import { cleanPhrase, hasVerbAfterPlural } from "./cleanPhrase.ts";
import genericJson from "./lexicons/generic.json" with { type: "json" };
import { loadCompromise } from "./loadCompromise.ts";
import { slugKey } from "./normalizeKey.ts";
import type { PreparedField } from "./prepareField.ts";
import { singularize } from "./singularize.ts";

const LEADING = new Set([...genericJson.determiners, ...genericJson.adjectives].map((w) => w.toLowerCase()));
const GENERIC = new Set(genericJson.words.map((w) => w.toLowerCase()));
const FUNCTION =
  /^(?:of|in|on|for|to|with|by|from|and|or|as|at|via|into|than|under|over|about|between|through|is|are|was|were|be|been|has|have|need|needs)$/;

/**
 * A looser trim than the vocabulary's, for papers that would otherwise have no entity: the
 * phrase before its first function word, without leading determiners or evaluative adjectives,
 * two to four plain words, not all of them generic, no verb after a plural noun.
 */
function loosePhrase(raw: string): { canonical: string; surface: string } | null {
  const words: string[] = [];
  for (const w of raw
    .replace(/[“”"'’()[\]{}:;,.!?]/g, " ")
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)) {
    if (FUNCTION.test(w)) break;
    if (words.length === 0 && LEADING.has(w)) continue;
    words.push(w);
  }
  if (words.length < 2 || words.length > 4 || !words.every((w) => /^[a-z][a-z-]*[a-z]$/.test(w))) return null;
  if (hasVerbAfterPlural(words)) return null;
  if (words.every((w) => GENERIC.has(singularize(w)) || LEADING.has(w))) return null;
  const canonical = [...words.slice(0, -1), singularize(words.at(-1)!)].join(" ");
  return { canonical, surface: words.join(" ") };
}

const MAX_FALLBACK = 3;
const escapeRegExp = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * For a paper no matcher found anything in: its leading noun phrases (title first), chunked by
 * compromise and trimmed like the mined vocabulary, as low-confidence concepts, so every paper
 * joins the graph. compromise runs only for these rare papers.
 */
export function findFallbackConcepts(fields: PreparedField[]): Candidate[] {
  const nlp = loadCompromise();
  const phrases = fields.map((f) => ({
    f,
    raws: nlp(f.text.slice(0, 2000)).nouns().out("array") as string[],
  }));
  const strict = collect(phrases, (raw) => cleanPhrase(raw, 4));
  return strict.length > 0 ? strict : collect(phrases, (raw) => [loosePhrase(raw)].filter((p) => p !== null));
}

function collect(
  phrases: { f: PreparedField; raws: string[] }[],
  trim: (raw: string) => { canonical: string; surface: string }[],
): Candidate[] {
  const out: Candidate[] = [];
  const seen = new Set<string>();
  for (const { f, raws } of phrases) {
    for (const raw of raws) {
      for (const phrase of trim(raw)) {
        const key = slugKey(phrase.canonical);
        if (seen.has(key)) continue;
        const pattern = new RegExp(
          `\\b${phrase.surface.split(" ").map(escapeRegExp).join("[\\s-]+")}\\b`,
          "i",
        );
        const m = pattern.exec(f.text);
        if (!m) continue;
        seen.add(key);
        out.push({
          type: "concept",
          name: phrase.canonical,
          key,
          field: f.field,
          start: m.index,
          end: m.index + m[0].length,
          rule: "noun-phrase-fallback",
          confidence: 0.4,
          priority: PRIORITY.fallback,
        });
        if (out.length >= MAX_FALLBACK) return out;
      }
    }
  }
  return out;
}
