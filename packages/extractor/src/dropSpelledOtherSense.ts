import { lookupExact } from "./acronymCandidates.ts";
import type { Candidate } from "./Candidate.ts";
import type { Lexicons } from "./loadLexicons.ts";
import type { PreparedField } from "./prepareField.ts";

/** A lexicon acronym as the text writes it: `MAE`, `SfM`, `VAEs`. */
const ACRONYM = /^\p{Lu}[\p{Lu}\p{Ll}]{0,4}\p{Lu}s?$/u;
const compact = (s: string) => s.toLowerCase().replace(/[\s\-_‐‑–]+/g, "");

/**
 * Drops the lexicon's reading of an acronym when the same paper spells out other words with its
 * letters (`a Mean Absolute Error of 1.2 K … 1.9 K MAE` is no masked autoencoder), even without a
 * `long form (ACR)` definition: the words must be capitalised as a name (`Mean Absolute Error`) or
 * be the acronym's letters in order at the start of consecutive words, none of them a generic word
 * of research prose, and they must not spell one of the entry's own aliases; the entry must have
 * a long form among its aliases.
 */
export function dropSpelledOtherSense(
  candidates: Candidate[],
  fields: readonly PreparedField[],
  lex: Lexicons,
): void {
  const text = fields.map((f) => f.text).join(" \n ");
  const senses = new Map<string, boolean>();
  const otherSense = (short: string): boolean => {
    let other = senses.get(short);
    if (other !== undefined) return other;
    other = false;
    const entry = lookupExact(short, lex, true);
    // only an entry that knows a long form of its own can tell another one apart (`You Only Look
    // Once` is YOLO, though the lexicon spells YOLO no other way)
    if (entry && [entry.name, ...entry.aliases].some((a) => /^\D*\s\D*$/.test(a))) {
      const letters = short.replace(/s$/, "").toLowerCase();
      const own = new Set([entry.name, ...entry.aliases].map(compact));
      const words = new RegExp(
        String.raw`(?<![\p{L}\d])${[...letters].map((l) => `${l}[\\p{L}]+`).join(String.raw`[\s-]+`)}(?![\p{L}\d])`,
        "giu",
      );
      for (let m = words.exec(text); m !== null && !other; m = words.exec(text)) {
        const parts = m[0].split(/[\s-]+/);
        if (own.has(compact(m[0])) || own.has(compact(m[0]).replace(/s$/, ""))) continue;
        const named = parts.every((p) => /^\p{Lu}/u.test(p));
        // lower-case words spell a two-letter acronym too often by chance (`but can`)
        const plain =
          letters.length >= 3 &&
          parts.every((p) => /^\p{Ll}+$/u.test(p) && !lex.generic.has(p) && !lex.determiners.has(p));
        other = named || plain;
      }
    }
    senses.set(short, other);
    return other;
  };
  let kept = 0;
  for (const c of candidates) {
    const field = fields.find((f) => f.field === c.field)!;
    const said = field.text.slice(c.start, c.end);
    const drop = c.rule.startsWith("lexicon") && ACRONYM.test(said) && otherSense(said);
    if (!drop) candidates[kept++] = c;
  }
  candidates.length = kept;
}
