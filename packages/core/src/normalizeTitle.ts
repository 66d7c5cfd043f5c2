/**
 * Normalise a title for de-duplication: Unicode NFKC, lower case, punctuation and
 * whitespace folded, so the same paper from two listings compares equal.
 */
export function normalizeTitle(title: string): string {
  return title
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\p{P}\p{S}]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** A stable id for a paper without an arXiv id: a slug of its normalised title. */
export function paperIdFromTitle(title: string): string {
  const slug = normalizeTitle(title)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 96)
    .replace(/-+$/, "");
  return slug.length > 0 ? `title:${slug}` : `title:${fnv1a(normalizeTitle(title))}`;
}

/** 32-bit FNV-1a hash as 8 hex digits: cheap, stable content keys. */
export function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, "0");
}
