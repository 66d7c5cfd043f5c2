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

function slug(name: string): string {
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
