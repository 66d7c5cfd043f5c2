import type { EntityType } from "@paperkg/core";
import { slugKey } from "./normalizeKey.ts";
import type { FieldName } from "./prepareField.ts";

/** A typed span some matcher found; `assembleEntities` merges candidates into entities. */
export interface Candidate {
  type: EntityType;
  /** Display name of the entity this span names. */
  name: string;
  /** Normalised key (`slugKey`) of the entity. */
  key: string;
  field: FieldName;
  start: number;
  end: number;
  rule: string;
  confidence: number;
  /** Higher wins when spans overlap. */
  priority: number;
  proposed?: boolean;
  family?: string | null;
  aliases?: string[];
}

/** What a matcher says about a span besides where it is; `key` defaults to `slugKey(name)`. */
export type CandidateSpec = Omit<Candidate, "key" | "field" | "start" | "end"> & { key?: string };

/** The candidate every matcher builds: `spec` for the span [`start`, `end`) of `field`. */
export function candidateAt(field: FieldName, start: number, end: number, spec: CandidateSpec): Candidate {
  const c: Candidate = {
    type: spec.type,
    name: spec.name,
    key: spec.key ?? slugKey(spec.name),
    field,
    start,
    end,
    rule: spec.rule,
    confidence: spec.confidence,
    priority: spec.priority,
  };
  if (spec.proposed !== undefined) c.proposed = spec.proposed;
  if (spec.family !== undefined) c.family = spec.family;
  if (spec.aliases !== undefined) c.aliases = spec.aliases;
  return c;
}

/** Priorities of the matchers: lexicon names beat shapes, shapes beat cues, cues beat phrases. */
export const PRIORITY = {
  acronym: 95,
  lexicon: 90,
  modelShape: 85,
  proposal: 75,
  benchmarkShape: 70,
  benchmarkCue: 60,
  modelCue: 55,
  appositive: 52,
  /** A name listed beside names of a known type (`findListNames`). */
  list: 50,
  /** Every task source shares one level, so the longest task phrase wins. */
  task: 45,
  /** A term chunk headed by a procedure (`isProcedurePhrase`) beats the known concept it ends in. */
  procedureTerm: 44.5,
  lexiconConcept: 44,
  fallback: 37,
  /** Corpus terms (`findTermChunks`): anything else that names the span wins. */
  term: 38,
} as const;
