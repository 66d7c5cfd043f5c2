import type { Extraction } from "@paperkg/core";

/** An entity on more than this share of a corpus's papers is a hub. */
export const HUB_SHARE = 0.2;
/** Below this many papers a share says little (two papers of five are 40 %): nothing is a hub. */
export const HUB_MIN_PAPERS = 50;

/**
 * Marks `hub: true` on every entity (any type) found on more than `HUB_SHARE` of the papers, so
 * the graph and its layout can down-weight it; returns the hub ids, most frequent first.
 */
export function markHubs(extractions: readonly Extraction[]): { id: string; name: string; papers: number }[] {
  if (extractions.length < HUB_MIN_PAPERS) return [];
  const df = new Map<string, { name: string; papers: number }>();
  for (const x of extractions) {
    for (const e of x.entities) {
      const d = df.get(e.id);
      if (d) d.papers++;
      else df.set(e.id, { name: e.name, papers: 1 });
    }
  }
  const limit = HUB_SHARE * extractions.length;
  const hubs = [...df]
    .filter(([, d]) => d.papers > limit)
    .map(([id, d]) => ({ id, ...d }))
    .sort((a, b) => b.papers - a.papers || (a.id < b.id ? -1 : 1));
  if (hubs.length === 0) return hubs;
  const ids = new Set(hubs.map((h) => h.id));
  for (const x of extractions) for (const e of x.entities) if (ids.has(e.id)) e.hub = true;
  return hubs;
}

/** The hubs an extraction was marked with, most frequent first (for ingest summaries). */
export function listHubs(extractions: readonly Extraction[]): { id: string; name: string; papers: number }[] {
  const df = new Map<string, { name: string; papers: number }>();
  for (const x of extractions) {
    for (const e of x.entities) {
      if (e.hub !== true) continue;
      const d = df.get(e.id);
      if (d) d.papers++;
      else df.set(e.id, { name: e.name, papers: 1 });
    }
  }
  return [...df]
    .map(([id, d]) => ({ id, ...d }))
    .sort((a, b) => b.papers - a.papers || (a.id < b.id ? -1 : 1));
}
