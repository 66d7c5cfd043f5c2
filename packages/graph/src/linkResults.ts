import type { ExtractedEntity, LinkResult, StatedResult } from "@paperkg/core";

/** Types that can be who got a result, the more specific first. */
const SUBJECT_TYPES = ["model", "method"] as const;

/**
 * The results a link keeps: every stated result, each with the model or method named in the same
 * sentence (a model before a method; the nearest mention before the value, else the nearest after).
 */
export function linkResults(
  results: readonly StatedResult[],
  entities: readonly ExtractedEntity[],
): LinkResult[] {
  return results.map((r) => ({
    metric: r.metric,
    value: r.value,
    raw: r.raw ?? r.value,
    number: r.number ?? numberOf(r.value),
    unit: r.unit ?? (r.value.endsWith("%") ? "%" : null),
    relative: r.relative ?? false,
    subject: subjectOf(r, entities),
  }));
}

function numberOf(value: string): number | null {
  const n = Number.parseFloat(value);
  return Number.isFinite(n) ? n : null;
}

function subjectOf(r: StatedResult, entities: readonly ExtractedEntity[]): LinkResult["subject"] {
  if (r.sentence === undefined || r.at === undefined) return null;
  const at = r.at;
  for (const type of SUBJECT_TYPES) {
    let best: { e: ExtractedEntity; distance: number } | null = null;
    for (const e of entities) {
      if (e.type !== type) continue;
      for (const m of e.mentions) {
        if (m.field !== "abstract" || m.sentence !== r.sentence) continue;
        // Before the value counts as nearer than any distance after it.
        const distance = m.end <= at ? at - m.end : 100_000 + (m.start - at);
        if (!best || distance < best.distance) best = { e, distance };
      }
    }
    if (best) return { id: best.e.id, name: best.e.name, type: best.e.type };
  }
  return null;
}
