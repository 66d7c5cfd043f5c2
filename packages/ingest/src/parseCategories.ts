/**
 * An arXiv category code: `cs.CV`, `stat.ML`, `physics.comp-ph`, `cond-mat.stat-mech`, or an
 * archive without subjects that has a hyphen (`hep-th`, `quant-ph`, `gr-qc`). MSC (`68T45`) and
 * ACM (`I.2.7`) classes, which arXiv lists beside them, are not codes and are dropped.
 * @see https://arxiv.org/category_taxonomy
 */
const ARXIV_CATEGORY = /^(?:[a-z]+(?:-[a-z]+)?\.[A-Za-z]{2,}(?:-[a-z]+)?|[a-z]+-[a-z]+)$/;

/**
 * Clean arXiv category codes from whatever a source holds: a list, a delimited string, or a
 * Python- or JSON-list string (`"['cs.CV', 'cs.AI']"`) — also when a reader already split such a
 * string into items like `['cs.CV'`. Order kept, duplicates dropped; undefined when none is left.
 */
export function parseCategories(value: unknown): string[] | undefined {
  const items = typeof value === "string" ? [value] : Array.isArray(value) ? value : [];
  const codes = items
    .filter((item): item is string => typeof item === "string")
    .flatMap((item) => item.split(/[\s,;[\]"'()]+/))
    .filter((token) => ARXIV_CATEGORY.test(token));
  return codes.length > 0 ? [...new Set(codes)] : undefined;
}
