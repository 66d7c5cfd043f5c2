/**
 * Keys for entity ids. `slugKey` is the readable id part: lower case, NFKC, separators folded to
 * one hyphen, and no separator between letters and digits (`Qwen-2.5` = `Qwen 2.5` = `qwen2.5`,
 * `Llama-3-8B` = `llama3-8b`). `compactKey` drops every separator; the corpus pass merges on it.
 */
export function slugKey(name: string): string {
  let key = slugCache.get(name);
  if (key === undefined) {
    key = slug(name);
    if (slugCache.size >= 200_000) slugCache.clear();
    slugCache.set(name, key);
  }
  return key;
}
const slugCache = new Map<string, string>();

/** ASCII words joined by single spaces or hyphens: most names, keyed without the Unicode passes. */
const PLAIN = /^[A-Za-z0-9]+(?:[ -][A-Za-z0-9]+)*$/;

function slug(name: string): string {
  if (PLAIN.test(name)) return plainSlug(name);
  const s = name
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[’']/g, "")
    .replace(/[\s_\-‐‑–—]+/g, "-")
    .replace(/[^\p{L}\p{N}.+\-/*#&]+/gu, "-")
    .replace(/(\p{L})-(?=\p{N})/gu, "$1")
    .replace(/-+/g, "-")
    .replace(/^[-.]+|[-.]+$/g, "");
  return s.length > 0 ? s : "x";
}

/**
 * `slug` of a `PLAIN` name, the same string: lower case, each separator a hyphen, none between a
 * letter and a digit (NFKC and the other folds change nothing in such a name).
 */
function plainSlug(name: string): string {
  const lower = name.toLowerCase();
  let out = "";
  let from = 0;
  for (let i = 1; i < lower.length - 1; i++) {
    const c = lower.charCodeAt(i);
    if (c !== 32 && c !== 45) continue;
    const before = lower.charCodeAt(i - 1);
    const after = lower.charCodeAt(i + 1);
    const dropped = before >= 97 && before <= 122 && after >= 48 && after <= 57;
    out += lower.slice(from, i);
    if (!dropped) out += "-";
    from = i + 1;
  }
  return from === 0 ? lower : out + lower.slice(from);
}

/** `slugKey` without any separator: `arena-hard` and `arenahard` share `arenahard`. */
export function compactKey(name: string): string {
  let key = compactCache.get(name);
  if (key === undefined) {
    key = slugKey(name).replace(/[-/]/g, "");
    if (compactCache.size >= 200_000) compactCache.clear();
    compactCache.set(name, key);
  }
  return key;
}
const compactCache = new Map<string, string>();
