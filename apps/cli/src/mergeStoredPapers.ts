import type { Paper } from "@paperkg/core";

/**
 * Union of the papers already in the database and the ones just read, by id: new metadata wins
 * where present, sources are unioned. Sorted by id, so the result does not depend on input order —
 * ingesting A then B extracts exactly what ingesting A and B together does.
 */
export function mergeStoredPapers(stored: readonly Paper[], incoming: readonly Paper[]): Paper[] {
  const byId = new Map<string, Paper>(stored.map((p) => [p.id, p]));
  for (const p of incoming) {
    const old = byId.get(p.id);
    if (!old) {
      byId.set(p.id, p);
      continue;
    }
    const sources = new Map([...old.sources, ...p.sources].map((s) => [`${s.file}:${s.line}`, s]));
    const merged: Paper = { ...old };
    for (const [key, value] of Object.entries(p) as [keyof Paper, unknown][]) {
      if (value !== undefined && !(Array.isArray(value) && value.length === 0))
        (merged as Record<string, unknown>)[key] = value;
    }
    merged.codeUrls = [...new Set([...old.codeUrls, ...p.codeUrls])];
    merged.sources = [...sources.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, s]) => s);
    byId.set(p.id, merged);
  }
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
