import { type Candidate, PRIORITY } from "./Candidate.ts";
import { extendModelName } from "./extendModelName.ts";
import type { LexiconHit, Lexicons } from "./loadLexicons.ts";
import { slugKey } from "./normalizeKey.ts";
import type { PreparedField } from "./prepareField.ts";
import type { TrieMatch } from "./TokenTrie.ts";
import { isSeparator, type Token } from "./tokenize.ts";

/** Glued to the previous token (`xGSM8K`), so a match cannot start here. */
function gluedBefore(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  const cur = tokens[i]!;
  return prev !== undefined && !cur.spaceBefore && prev.kind !== "punct";
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

/** Every lexicon and vocabulary name in the field: longest match per start, word-bounded, case-checked. */
export function findLexiconHits(f: PreparedField, lex: Lexicons): Candidate[] {
  const out: Candidate[] = [];
  const { tokens, text } = f;
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (t.kind === "punct" || gluedBefore(tokens, i)) {
      i++;
      continue;
    }
    const isModelPrefix = (m: TrieMatch<LexiconHit>) => m.values.some((v) => v.entry.type === "model");
    const accept = (m: TrieMatch<LexiconHit>) => {
      const end = tokens[m.to - 1]!.end;
      if (gluedAfter(text, end) && !isModelPrefix(m)) return false;
      const exact = exactText(tokens, m);
      return m.values.some((v) => v.exact === null || v.exact === exact);
    };
    const m = lex.trie.longestAt(tokens, i, accept);
    if (!m) {
      i++;
      continue;
    }
    const exact = exactText(tokens, m);
    const hit = m.values.find((v) => v.exact === null || v.exact === exact)!;
    const { entry } = hit;
    const start = tokens[m.from]!.start;
    let end = tokens[m.to - 1]!.end;
    const sentence = f.sentenceOf[m.from]!;
    if (entry.type === "model") {
      const ext = extendModelName(text, end, lex, entry.versionSep === " ");
      if (gluedAfter(text, ext.end)) {
        i++;
        continue;
      }
      if (entry.needsCue && !ext.shaped && !hasCue(f, sentence, lex.cues.model)) {
        i = m.to;
        continue;
      }
      end = ext.end;
      const surface = text.slice(start, end);
      const familyName = ext.version ? `${entry.name}${entry.versionSep}${ext.version}` : entry.name;
      const isVariant = end > tokens[m.to - 1]!.end;
      out.push({
        type: "model",
        name: isVariant ? surface : entry.name,
        key: isVariant ? slugKey(surface) : entry.key,
        field: f.field,
        start,
        end,
        rule: isVariant ? "lexicon+model-shape" : "lexicon",
        confidence: 0.95,
        priority: PRIORITY.lexicon,
        family: !isVariant ? null : slugKey(familyName) === slugKey(surface) ? entry.name : familyName,
      });
      while (i < tokens.length && tokens[i]!.start < end) i++;
      continue;
    }
    if (entry.needsCue && entry.type !== "concept" && entry.type !== "task") {
      const cues = lex.cues[entry.type as "benchmark" | "method"];
      if (!hasCue(f, sentence, cues)) {
        i = m.to;
        continue;
      }
    }
    const vocab = hit.rule === "vocabulary";
    out.push({
      type: entry.type,
      name: entry.name,
      key: entry.key,
      field: f.field,
      start,
      end,
      rule: hit.rule,
      confidence: vocab ? 0.6 : entry.type === "concept" || entry.type === "task" ? 0.85 : 0.95,
      priority: vocab
        ? PRIORITY.vocabulary
        : entry.type === "concept"
          ? PRIORITY.lexiconConcept
          : PRIORITY.lexicon,
    });
    i = m.to;
  }
  return out;
}

function hasCue(f: PreparedField, sentence: number, cues: Set<string>): boolean {
  const words = f.wordsOf(sentence);
  for (const w of words) if (cues.has(w)) return true;
  return false;
}
