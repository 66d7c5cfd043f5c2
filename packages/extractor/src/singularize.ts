import singularJson from "./lexicons/singular.json" with { type: "json" };

const INVARIANT = new Set(singularJson.invariant);
const IRREGULAR = new Map(Object.entries(singularJson.irregular));
const KEEP_E = new Set(singularJson.keepE);
const SINGULAR_ICS = new Set(singularJson.singularIcs);

/** The last part of a hyphenated word (`kv-caches` → `caches`), where the plural ending lives. */
const lastPart = (word: string) => word.slice(word.lastIndexOf("-") + 1);

/** Rule-based English singular of one lower-case word; used to fold `models` → `model` in keys. */
export function singularize(word: string): string {
  if (!word.endsWith("s")) return IRREGULAR.get(word) ?? word;
  let out = cache.get(word);
  if (out === undefined) {
    out = singularizeUncached(word);
    if (cache.size >= 50_000) cache.clear();
    cache.set(word, out);
  }
  return out;
}
const cache = new Map<string, string>();

function singularizeUncached(word: string): string {
  const part = lastPart(word);
  const prefix = word.slice(0, word.length - part.length);
  const irregular = IRREGULAR.get(part);
  if (irregular) return prefix + irregular;
  if (part.length < 4 || INVARIANT.has(part) || /[^a-z]/.test(word.slice(-2))) return word;
  // `caches`, `movies`, `sizes`: the singular keeps its final e
  if (KEEP_E.has(part.slice(0, -1))) return word.slice(0, -1);
  if (/[^aeiou]ies$/.test(part)) return `${word.slice(0, -3)}y`;
  if (part.endsWith("ics")) return SINGULAR_ICS.has(part) ? word : word.slice(0, -1);
  if (/(?:ss|us|is|ous)$/.test(part)) return word;
  if (/zzes$/.test(part)) return word.slice(0, -2);
  if (/(?:ches|shes|xes|sses)$/.test(part)) return word.slice(0, -2);
  if (!part.endsWith("ss")) return word.slice(0, -1);
  return word;
}

/** Singular of a phrase: only the head (last word) changes. */
export function singularizePhrase(phrase: string): string {
  const m = /^(.*?)([\p{L}-]+)$/u.exec(phrase);
  if (!m) return phrase;
  return `${m[1]}${singularize(m[2]!)}`;
}
