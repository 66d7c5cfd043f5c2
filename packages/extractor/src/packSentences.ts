import type { Extraction } from "@paperkg/core";
import type { PaperText } from "./extractPaper.ts";

/** A sentence on the wire: `[start, end)` into the paper's field it was cut from. */
type Packed = [number, number];

/**
 * Worker → main thread: every evidence sentence (mentions and stated results) becomes the offsets
 * of an equal stretch of its paper's text. Sentences are most of a per-paper result's characters;
 * `unpackSentences` cuts them again from the papers the main thread holds anyway, so they share
 * that text instead of being one more copy each (hundreds of MB on a large corpus). A sentence not
 * found in its field (none today) travels as text. Mutates and returns `extractions`.
 */
export function packSentences(extractions: Extraction[], papers: readonly PaperText[]): Extraction[] {
  for (let i = 0; i < extractions.length; i++) {
    const paper = papers[i]!;
    for (const e of extractions[i]!.entities) {
      for (const m of e.mentions) {
        if (m.sentence === "") continue;
        // the sentence holds the mention, so it starts at most its length before the mention ends
        const at = paper[m.field].indexOf(m.sentence, Math.max(0, m.end - m.sentence.length));
        if (at >= 0 && at <= m.start) (m as { sentence: unknown }).sentence = [at, at + m.sentence.length];
      }
      for (const r of e.results ?? []) {
        if (!r.sentence) continue;
        const at = paper.abstract.indexOf(r.sentence);
        if (at >= 0) (r as { sentence: unknown }).sentence = [at, at + r.sentence.length];
      }
    }
  }
  return extractions;
}

/**
 * Main thread: the inverse of `packSentences`, on the same papers in the same order. With `shared`
 * (one table for every batch of a run), the strings JSON.parse made afresh for each paper — ids,
 * names, families, aliases, mention texts and rules, repeated across thousands of papers (`concept:
 * large-language-model`) — become one string each, the first seen: ~90 MB less on the corpus's
 * 68,667 papers once the table is dropped. Values are unchanged, only shared.
 */
export function unpackSentences(
  extractions: Extraction[],
  papers: readonly PaperText[],
  shared?: Map<string, string>,
): Extraction[] {
  const one = shared
    ? (s: string): string => {
        const have = shared.get(s);
        if (have !== undefined) return have;
        shared.set(s, s);
        return s;
      }
    : (s: string) => s;
  for (let i = 0; i < extractions.length; i++) {
    const paper = papers[i]!;
    for (const e of extractions[i]!.entities) {
      if (shared) {
        e.id = one(e.id);
        e.name = one(e.name);
        if (e.family) e.family = one(e.family);
        if (e.aliases) e.aliases = e.aliases.map(one);
      }
      for (const m of e.mentions) {
        const s = m.sentence as unknown;
        if (Array.isArray(s)) m.sentence = paper[m.field].slice(...(s as Packed));
        if (shared) {
          m.text = one(m.text);
          m.rule = one(m.rule);
        }
      }
      for (const r of e.results ?? []) {
        const s = r.sentence as unknown;
        if (Array.isArray(s)) r.sentence = paper.abstract.slice(...(s as Packed));
      }
    }
  }
  return extractions;
}
