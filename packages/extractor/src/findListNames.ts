import type { EntityType } from "@paperkg/core";
import { type Candidate, candidateAt, PRIORITY } from "./Candidate.ts";
import { isNameLike } from "./isNameLike.ts";
import type { Lexicons } from "./loadLexicons.ts";
import { slugKey } from "./normalizeKey.ts";
import { type PreparedField, sentenceIndexAt } from "./prepareField.ts";

/** One word that may be a name: letters and digits, with inner `-`, `.`, `/`, `+` (`Mip-NeRF`, `MS-TCN++`). */
const WORD = /[\p{L}\d][\p{L}\d.\-/+]*[\p{L}\d+]|[\p{L}\d]/uy;
/** Between two members of a list: `, `, `, and `, ` and `, ` or `. */
const SEPARATOR = /\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+/y;
/** Typed by a lexicon or a model shape: strong enough to type the names listed beside it. */
const ANCHOR_RULES = new Set([
  "lexicon",
  "lexicon+model-shape",
  "model-variant",
  "lexicon+variant",
  "derived-name",
  "model-shape",
]);
const LISTABLE = new Set<EntityType>(["benchmark", "model", "method"]);
/** A lower-case word, then hyphenated parts, one of them opening with a digit (`aya-101`, `gpt-j-6b`). */
const LOWER_MODEL_ID = /^\p{Ll}{3,}[\p{Ll}\d]*(?:-[\p{Ll}\d.]+)*-\d[\p{Ll}\d.]*(?:-[\p{Ll}\d.]+)*$/u;

interface Item {
  start: number;
  end: number;
  /** The anchor's type, or null for a name no matcher typed. */
  type: EntityType | null;
}

/**
 * Names in a list beside names of a known type take that type: in `OWL-ViT, GroundingDINO, and
 * Detic` or `on Mip-NeRF 360 and VR-NeRF`, a name no matcher knows gets the type of the lexicon
 * names it is listed with, when they all agree. Only name-like words (inner capitals or digits,
 * `isNameLike`) are typed so; plain words in a list are left alone.
 */
export function findListNames(
  f: PreparedField,
  candidates: readonly Candidate[],
  lex: Lexicons,
): Candidate[] {
  const { text } = f;
  // the longest anchor starting at each offset
  const anchorAt = new Map<number, Candidate>();
  for (const c of candidates) {
    if (c.field !== f.field || !ANCHOR_RULES.has(c.rule) || !LISTABLE.has(c.type)) continue;
    const have = anchorAt.get(c.start);
    if (!have || c.end > have.end) anchorAt.set(c.start, c);
  }
  if (anchorAt.size === 0) return [];
  const out: Candidate[] = [];
  const itemAt = (at: number): Item | null => {
    const anchor = anchorAt.get(at);
    if (anchor) return { start: at, end: anchor.end, type: anchor.type };
    WORD.lastIndex = at;
    const m = WORD.exec(text);
    return m ? { start: at, end: at + m[0].length, type: null } : null;
  };
  const starts = [...anchorAt.keys()].sort((a, b) => a - b);
  let doneUpTo = -1;
  for (const s of starts) {
    if (s < doneUpTo) continue;
    // walk left from the anchor to the list's first member, then right to its last
    let first = s;
    for (;;) {
      const before = text.slice(Math.max(0, first - 60), first);
      const m =
        /([\p{L}\d][\p{L}\d.\-/+]*[\p{L}\d+]|[\p{L}\d])(\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)$/u.exec(
          before,
        );
      if (!m) break;
      const at = first - m[0].length;
      if (at > 0 && /[\p{L}\d]/u.test(text[at - 1]!)) break;
      first = at;
    }
    const items: Item[] = [];
    let at = first;
    for (;;) {
      const item = itemAt(at);
      if (!item || (item.end < text.length && /[\p{L}\d]/u.test(text[item.end]!))) break;
      items.push(item);
      SEPARATOR.lastIndex = item.end;
      const sep = SEPARATOR.exec(text);
      if (!sep) break;
      at = item.end + sep[0].length;
    }
    doneUpTo = items.length > 0 ? items[items.length - 1]!.end : s + 1;
    if (items.length < 2) continue;
    const types = new Set(items.map((i) => i.type).filter((t) => t !== null));
    if (types.size !== 1) continue;
    const type = [...types][0]!;
    const take = (item: (typeof items)[number], name: string) =>
      out.push(
        candidateAt(f.field, item.start, item.end, {
          type,
          name,
          rule: "list",
          confidence: 0.7,
          priority: PRIORITY.list,
        }),
      );
    for (const item of items) {
      if (item.type !== null) continue;
      const name = text.slice(item.start, item.end);
      // `aya-101`, `bloomz-7b1`: a model's hub id, written in lower case, lists with models
      if (type === "model" && LOWER_MODEL_ID.test(name) && isModelIdHead(name.split("-")[0]!, lex)) {
        take(item, name);
        continue;
      }
      if (!isNameLike(name, lex, true) || lex.genericAcronyms.has(name)) continue;
      // `Notably, GPT-4 and …`: a capitalised word that opens the sentence is capitalised for that;
      // in a title every word may be capitalised
      if (!isNameLike(name, lex) && (f.field === "title" || atSentenceStart(f, item.start))) continue;
      if (isCapitalisedEnglish(name)) continue;
      take(item, name);
    }
  }
  return out;
}

/**
 * Capitalised English rather than a name: joined words (`Few-Shot`, `Fine-Tuning`), a word with an
 * English derivational ending (`Diffusion`, `Explainability`, `Convolutional`, `Refinement`; not `-ic`: `Detic`), or
 * a list item glued to a number (`o1-preview--0.755`).
 */
function isCapitalisedEnglish(name: string): boolean {
  if (name.includes("--") || /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)+$/u.test(name)) return true;
  return /^\p{Lu}\p{Ll}+(?:tion|sion|ment|ness|ity|ism|ance|ence|ive|al|ous|ings?|hood)s?$/u.test(name);
}

/** The first part of a lower-case hub id: a known model's name (`aya`) or no English word (`bloomz`, not `top`). */
function isModelIdHead(head: string, lex: Lexicons): boolean {
  return lex.byKey.get(`model:${slugKey(head)}`) !== undefined || !lex.englishWords.has(head);
}

function atSentenceStart(f: PreparedField, at: number): boolean {
  const start = f.sentences[sentenceIndexAt(f, at)]?.start ?? 0;
  return /^[\s"'“(]*$/.test(f.text.slice(start, at));
}
