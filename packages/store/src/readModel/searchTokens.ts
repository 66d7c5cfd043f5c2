const ASCII = /^[\x20-\x7e]*$/;
const MARKS = /\p{M}+/gu;
const NOT_WORD = /[^\p{L}\p{N}]+/u;
const NOT_WORD_ASCII = /[^a-z0-9]+/;

/**
 * The words search compares: lower case, accents and compatibility forms folded (`Über` → `uber`,
 * `ﬁ` → `fi`), split at anything that is not a letter or digit — so case and punctuation never
 * matter (`GPT-4o` → `gpt`, `4o`; `Qwen2.5` → `qwen2`, `5`).
 */
export function searchTokens(text: string): string[] {
  const ascii = ASCII.test(text);
  const folded = ascii ? text.toLowerCase() : text.normalize("NFKD").replace(MARKS, "").toLowerCase();
  return folded.split(ascii ? NOT_WORD_ASCII : NOT_WORD).filter((t) => t.length > 0);
}

/**
 * Whether `a` becomes `b` with at most one edit: a character added, dropped or changed, or two
 * neighbours swapped (optimal string alignment distance ≤ 1, as Lucene's `term~1` counts).
 */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return i + 1 < la && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
